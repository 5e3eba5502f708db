"""Convoys: plan trucks, reserve goods, watch capacity, check readiness, depart, deliver.

records   the plain convoy and vehicle records callers hold (every write re-reads the row)
views     what a convoy holds: its boxes, gauges, tree, owners and categories
candidates    the free pallets a lead can choose for it
planning  the convoy's details and its vehicles
reservations  goods reserved for a convoy, on a vehicle or not yet
corrections   goods taken off or moved to another vehicle, a vehicle's details changed
readiness     what blocks departure, one function per rule; ready and cancelled
transport     loading, unloading and departure, with their movements
delivery      the handover at the recipient, and what came back
archive       the papers a convoy departed with, kept with their SHA-256
overview      everything the convoy screen shows, from one read
coverage      how much of each needs list of its recipient a convoy covers
from_needs    a convoy filled from a needs list: proposed, then reserved all or nothing
"""

from warehouse_app.services.convoys.archive import PapersRenderer
from warehouse_app.services.convoys.candidates import PalletCandidate, available_pallets
from warehouse_app.services.convoys.corrections import loaded_among, move, release, set_vehicle
from warehouse_app.services.convoys.coverage import (
    LineCoverage,
    ListCoverage,
    coverage,
    percent,
)
from warehouse_app.services.convoys.delivery import deliver
from warehouse_app.services.convoys.from_needs import (
    LineProposal,
    Proposal,
    Take,
    fill,
    lists_for,
    propose,
)
from warehouse_app.services.convoys.overview import ConvoyOverview, overview
from warehouse_app.services.convoys.planning import (
    add_vehicle,
    create_convoy,
    set_pallet_height,
    update_convoy,
)
from warehouse_app.services.convoys.readiness import Problem, readiness, set_status
from warehouse_app.services.convoys.records import (
    LOCKED,
    ConvoyRecord,
    VehicleRecord,
    get_convoy,
    get_vehicle,
    vehicles,
)
from warehouse_app.services.convoys.reservations import acknowledge, assign
from warehouse_app.services.convoys.transport import Placement, depart, load, unload
from warehouse_app.services.convoys.views import (
    ConvoyBox,
    ConvoyInfo,
    Gauge,
    TreeBox,
    TreePallet,
    boxes_of,
    breakdown,
    convoys,
    gauges,
    tree_boxes,
    tree_pallets,
)

__all__ = [
    "LOCKED",
    "ConvoyBox",
    "ConvoyInfo",
    "ConvoyOverview",
    "ConvoyRecord",
    "Gauge",
    "LineCoverage",
    "LineProposal",
    "ListCoverage",
    "PalletCandidate",
    "PapersRenderer",
    "Placement",
    "Problem",
    "Proposal",
    "Take",
    "TreeBox",
    "TreePallet",
    "VehicleRecord",
    "acknowledge",
    "add_vehicle",
    "assign",
    "available_pallets",
    "boxes_of",
    "breakdown",
    "convoys",
    "coverage",
    "create_convoy",
    "deliver",
    "depart",
    "fill",
    "gauges",
    "get_convoy",
    "get_vehicle",
    "lists_for",
    "load",
    "loaded_among",
    "move",
    "overview",
    "percent",
    "propose",
    "readiness",
    "release",
    "set_pallet_height",
    "set_status",
    "set_vehicle",
    "tree_boxes",
    "tree_pallets",
    "unload",
    "update_convoy",
    "vehicles",
]
