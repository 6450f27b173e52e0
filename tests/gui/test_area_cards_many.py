"""#22: a run with hundreds of areas shows cards for the riskiest 30 and says how many more."""

from __future__ import annotations

from riskmap_plugin.gui.area_cards import MAX_CARDS, AreaCards


def _area(number: int) -> dict:
    return {"area_id": number, "name": f"Area {number}", "class": "Very high", "score_max": 90.0}


def test_many_areas_show_the_first_cards_and_a_count_of_the_rest(qtbot):
    cards = AreaCards()
    qtbot.addWidget(cards)
    cards.set_areas([_area(n) for n in range(1, 739)])
    assert len(cards.cards) == MAX_CARDS == 30
    assert [c.area_id for c in cards.cards] == list(range(1, 31))
    assert cards.more_label.text() == "708 more areas: see the areas layer's attribute table."
    layout = cards.widget().layout()
    positions = [layout.indexOf(c) for c in cards.cards]
    assert positions == sorted(positions) and layout.indexOf(cards.more_label) > positions[-1]
    cards.set_areas([_area(n) for n in range(1, 4)])
    assert len(cards.cards) == 3 and cards.more_label.isHidden()
