"""The demo's recipients and convoys, one in every status, made through the convoy services."""

from __future__ import annotations

import datetime as dt
from typing import Any

from warehouse_app.demo.acts import demo_act, demo_findings
from warehouse_app.demo.sizes import DemoSize
from warehouse_app.kinds import ConvoyStatus
from warehouse_app.services.convoys import ConvoyRecord
from warehouse_app.services.convoys.acts import deliver_with_act
from warehouse_app.services.convoys.archive import PapersRenderer
from warehouse_app.storage.models import Box, Category, Pallet

_GONE_OR_READY = ("ready", "departed", "delivered")


class DemoConvoys:
    """Recipients and a convoy in every status, made through the convoy services."""

    def __init__(
        self, spec: DemoSize, today: dt.date, papers: PapersRenderer | None = None
    ) -> None:
        self.spec = spec
        self.today = today
        self.papers = papers  # archived with the departed convoys, as at a real departure

    def build(self) -> None:
        from warehouse_app.services import convoys
        from warehouse_app.services.movements import Actor
        from warehouse_app.services.recipients import save_recipient

        save_recipient(
            "Zhytomyr City Council / Житомирська міська рада",
            address="майдан Корольова, 4/2",
            city="10014 Житомир / Zhytomyr",
            oblast="Житомирська обл. / Zhytomyr Oblast",
            edrpou="04053625",
            register_number="UA-GD-2026-0412",
            may_receive_vehicles=True,
            contact="Humanitarian department",
        )
        save_recipient(
            "Berdychiv Central Hospital / Бердичівська лікарня",
            city="Бердичів / Berdychiv",
            oblast="Житомирська обл. / Zhytomyr Oblast",
            edrpou="01999135",
        )
        actor = Actor(None, "Demo")
        zhytomyr = "Zhytomyr City Council / Житомирська міська рада"
        free = iter(
            list(
                Pallet.select(Pallet.code)
                .where(Pallet.status == "in_stock")
                .order_by(Pallet.id.desc())
                .tuples()
            )
        )
        day = dt.timedelta(days=1)
        plans = [
            ("2026-P", "planning"),
            ("2026-L", "loading"),
            ("2026-R", "ready"),
            ("2026-D", "departed"),
            ("2026-V", "delivered"),
            ("2026-C", "cancelled"),
        ]
        for n, (number, status) in enumerate(plans):
            convoys.create_convoy(
                number,
                name=f"Demo convoy {status}",
                recipient=zhytomyr,
                delivery_place="Zhytomyr, municipal warehouse",
                border_crossing="Korczowa",
                departure=self.today + (n + 2) * day,
                arrival=self.today + (n + 4) * day,
                aid_code=f"AHD-{number}",
                aid_code_valid_until=self.today + 80 * day,
                # Above 1,000 EUR a truck leaves with an ATLAS export declaration: the convoys
                # that are ready or gone have one (the planning ones get it later).
                export_mrn=f"26DE{number[-1]}{n:013d}"
                if status not in ("planning", "loading", "cancelled")
                else "",
            )
            convoy = convoys.get_convoy(number)
            truck = convoys.add_vehicle(
                convoy,
                payload_kg="24000",
                pallet_places=33,
                carrier="Spedition Ruhr GmbH",
                carrier_address="Hafenstraße 23, 44147 Dortmund, DE",
                truck_plate=f"DO-HL {100 + n}",
                trailer_plate=f"DO-HL {200 + n}",
                drivers=f"Driver {n}: FX{700000 + n}",
            )
            codes = [next(free)[0] for _ in range(2)]
            convoys.assign(convoy, vehicle=truck, pallets=codes, check_expiry=False)
            if status in ("loading", "ready", "departed", "delivered"):
                convoys.set_status(convoy, ConvoyStatus.LOADING)
                for code in codes[: 1 if status == "loading" else 2]:
                    convoys.load(truck, pallet_code=code, actor=actor)
            if status in ("ready", "departed", "delivered"):
                self._clear_for_departure(convoy)
                convoys.set_status(convoy, ConvoyStatus.READY)
            if status in ("departed", "delivered"):
                convoys.depart(convoy, actor, papers=self.papers)
            if status == "delivered":  # with its signed act, through the real handover
                deliver_with_act(
                    truck,
                    demo_act(number, n),
                    receipt_reference="Act of acceptance 1/2026",
                    actor=actor,
                )
            if status == "cancelled":
                convoys.set_status(convoy, ConvoyStatus.CANCELLED)
        if self.spec.past_convoys:
            self._past_year(zhytomyr, free, actor)
        if self.spec.convoy_trucks:
            self._big_convoy(zhytomyr)

    def _past_year(self, recipient: str, free: Any, actor: Any) -> None:
        """A convoy a month for the past year, delivered: made as any convoy is (its papers
        archived), then dated back to its month, so the reports have a year to show."""
        from warehouse_app.services import convoys
        from warehouse_app.storage.models import (
            Convoy,
            ConvoyItem,
            DeliveryAct,
            DeliveryDiscrepancy,
            Vehicle,
        )

        day = dt.timedelta(days=1)
        for month in range(1, self.spec.past_convoys + 1):
            left = self.today - dt.timedelta(days=30 * month)
            number = f"H{left:%y%m}"
            convoys.create_convoy(
                number,
                name=f"Convoy of {left:%B %Y}",
                recipient=recipient,
                delivery_place="Zhytomyr, municipal warehouse",
                border_crossing="Korczowa",
                departure=self.today + 2 * day,
                arrival=self.today + 4 * day,
                aid_code=f"AHD-{number}",
                aid_code_valid_until=self.today + 80 * day,
                export_mrn=f"{left:%y}DE{month:014d}",
            )
            convoy = convoys.get_convoy(number)
            truck = convoys.add_vehicle(
                convoy,
                payload_kg="24000",
                pallet_places=33,
                carrier="Spedition Ruhr GmbH",
                carrier_address="Hafenstraße 23, 44147 Dortmund, DE",
                truck_plate=f"DO-HL {300 + month}",
                trailer_plate=f"DO-HL {400 + month}",
                drivers=f"Driver {month}: FZ{600000 + month}",
            )
            codes = [next(free)[0] for _ in range(2 + month % 3)]
            convoys.assign(convoy, vehicle=truck, pallets=codes, check_expiry=False)
            convoys.set_status(convoy, ConvoyStatus.LOADING)
            for code in codes:
                convoys.load(truck, pallet_code=code, actor=actor)
            self._clear_for_departure(convoy)
            convoys.set_status(convoy, ConvoyStatus.READY)
            convoys.depart(convoy, actor, papers=self.papers)
            # The signed act and, on a few, what the recipient found: a box missing, one
            # damaged, part of one missing (FINDINGS_BY_MONTH).
            deliver_with_act(
                truck,
                demo_act(number, 100 + month),
                demo_findings(truck, month),
                receipt_reference=f"Act {month}/{left:%Y}",
                actor=actor,
            )
            gone = dt.datetime.combine(left, dt.time(7))
            handed_over = gone + 2 * day
            DeliveryAct.update(attached_at=handed_over).where(
                DeliveryAct.convoy == convoy.id
            ).execute()
            DeliveryDiscrepancy.update(recorded_at=handed_over).where(
                DeliveryDiscrepancy.convoy == convoy.id
            ).execute()
            Convoy.update(
                departed_at=gone, planned_departure=left, planned_arrival=left + 2 * day
            ).where(Convoy.id == convoy.id).execute()
            Vehicle.update(delivered_at=gone + 2 * day).where(Vehicle.id == truck.id).execute()
            ConvoyItem.update(delivered_at=gone + 2 * day).where(
                ConvoyItem.convoy == convoy.id
            ).execute()

    def _clear_for_departure(self, convoy: ConvoyRecord) -> None:
        """What a lead does before 'ready': goods that keep past the arrival (demo data: their
        dates are moved), and the export notes acknowledged with an MRN."""
        from warehouse_app.services import convoys

        rows = convoys.boxes_of(convoy.id)
        keeps = self.today + dt.timedelta(days=500)
        Box.update(expiry_date=keeps).where(
            Box.id.in_([r.box_id for r in rows]),
            Box.expiry_date.is_null(False),
            Box.expiry_date < keeps,
        ).execute()
        flagged = Category.select().where(
            Category.id.in_({r.category_id for r in rows}), Category.export_note != ""
        )
        for n, category in enumerate(flagged, start=1):
            convoys.acknowledge(convoy, category.id, f"26DE{convoy.number[-1]}0000{n:02d}")

    def _big_convoy(self, recipient: str) -> None:
        from warehouse_app.services import convoys

        convoys.create_convoy(
            "2026-XL",
            name="Winter convoy to Zhytomyr",
            recipient=recipient,
            delivery_place="Zhytomyr, municipal warehouse",
            border_crossing="Korczowa",
            departure=self.today + dt.timedelta(days=10),
            arrival=self.today + dt.timedelta(days=12),
            aid_code="AHD-2026-XL",
            aid_code_valid_until=self.today + dt.timedelta(days=85),
        )
        convoy = convoys.get_convoy("2026-XL")
        full = list(
            Pallet.select(Pallet.code)
            .order_by(Pallet.id)
            .limit(self.spec.convoy_trucks * 33)
            .tuples()
        )
        for truck in range(self.spec.convoy_trucks):
            vehicle = convoys.add_vehicle(
                convoy,
                payload_kg="24000",
                pallet_places=33,
                carrier="Spedition Ruhr GmbH",
                carrier_address="Hafenstraße 23, 44147 Dortmund, DE",
                truck_plate=f"DO-XL {truck + 1}",
                trailer_plate=f"DO-XT {truck + 1}",
                drivers=f"Driver XL{truck + 1}: FY{800000 + truck}",
            )
            codes = [code for (code,) in full[truck * 33 : (truck + 1) * 33]]
            convoys.assign(convoy, vehicle=vehicle, pallets=codes, check_expiry=False)
