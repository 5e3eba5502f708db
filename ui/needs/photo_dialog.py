"""The photos of an offer, one below the other: what the donor sent, to judge the goods before
accepting them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from warehouse_app.services import offer_photos, offers

MAX_WIDTH = 640  # a photo as large as the 1366×768 screen leaves room for


class PhotoDialog(QDialog):
    def __init__(self, offer: offers.OfferRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Photos of offer %1").replace("%1", str(offer.id)))
        self.pictures: list[QLabel] = []
        inner = QWidget()
        column = QVBoxLayout(inner)
        for name, data in offer_photos.photos(offer.id):
            picture = QPixmap()
            label = QLabel(objectName="offerPhoto")
            if picture.loadFromData(data):
                if picture.width() > MAX_WIDTH:
                    picture = picture.scaledToWidth(
                        MAX_WIDTH, Qt.TransformationMode.SmoothTransformation
                    )
                label.setPixmap(picture)
                self.pictures.append(label)
            else:
                label.setText(self.tr("%1 cannot be shown.").replace("%1", name))
            label.setToolTip(name)
            column.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        self.resize(MAX_WIDTH + 60, 600)
