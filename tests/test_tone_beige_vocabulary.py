"""Issue 13, round 7: the words of the Beige Book's district reports the lexicon lacked. Activity that
halts, falls off or lets up, turns around or firms; employment counted in staff and hours; farm and
oil-field activity (crops, plantings, the rig count); people on unemployment benefits; hindrances
(delays, rationing, drought, hesitancy, "stymied"); goods "selling well", planting "ahead of
schedule". Each must fire where it speaks of activity and stay quiet where the same letters do not
("fall" the season, "delays" of a policy step, a "halt" to a decline). Our own sentences."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


@pytest.mark.parametrize("text", [
    "Shipments of building materials halted in the northern part of the District.",
    "Dealers noted a falloff in showroom traffic after the holidays.",
    "Furniture makers reported a letup in new orders since the last survey.",
    "Store traffic has tapered off in recent weeks.",
    "Lumber mills reduced staff at several plants.",
    "The average workweek was cut at many factories.",
    "Unemployment insurance benefits are being paid to a growing number of workers.",
    "Builders face long delays in obtaining cement and steel.",
    "Utilities report rationing of natural gas to industrial users.",
    "Several buyers were hesitant to commit to new projects.",
    "Heavy rains have stymied construction in the area.",
    "Cool, wet weather is restricting crop growth in the western counties.",
    "The drought spread to the northern counties.",
])
def test_district_report_words_of_weakness_are_bad_news(text):
    assert score(text) < -0.1


@pytest.mark.parametrize("text", [
    "Manufacturing in the District is beginning to turn around.",
    "Residential markets were steady to somewhat firmer.",
    "Winter coats and boots were selling well at department stores.",
    "Harvesting is running well ahead of schedule in most counties.",
    "The drilling rig count rose for the third straight month.",
    "Large crops of corn and soybeans are in prospect.",
    "Bankers described loan quality as satisfactory.",
    "Machine shops added staff on second shifts.",
])
def test_district_report_words_of_strength_are_good_news(text):
    assert score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Fall crop yields are good and livestock receipts are strong.",  # "fall" the season
    "Fall harvest began in late September in the southern counties.",
    "Retailers expect strong fall sales of apparel.",
])
def test_fall_the_season_is_no_fall(text):
    assert score(text) >= -0.1


@pytest.mark.parametrize("text", [
    "Headwinds persist, but delays in the easing of restrictions continue to weigh on activity.",
    "The harvest of winter wheat began in June.",  # a crop with no movement: no news
    "Staff at the branch offices were asked about their plans for the coming year.",
    "Officials said the drought was the main topic of the meeting.",
])
def test_the_new_words_do_not_move_what_is_not_theirs(text):
    """"delays in the easing" is no fall of a bad quantity; a crop, staff or a drought named without a
    movement or an evaluation gives no good news."""
    assert score(text) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Contacts reported several store openings in the suburbs.", 1),
    ("Two new plant openings were announced in the District.", 1),
    ("Job openings declined at temporary help agencies.", -1),
    ("Plant closings were reported in the furniture industry.", -1),
    ("Store closings have eased since the spring.", 1),
])
def test_openings_and_closings_of_plants_and_stores(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Home closings were scheduled for the end of the month.",  # a completed sale, not a closed plant
    "The openings of the trade fairs drew large crowds of visitors.",  # openings of events: no stores opened
    "Loan closings take about six weeks at most banks.",
])
def test_other_closings_and_openings_say_nothing(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text", [
    "Post-holiday retail inventories were at satisfactory levels.",
    "Stocks of grain on farms were at a satisfactory level.",
    "Dealers said inventories remained at satisfactory levels for the season.",
])
def test_a_satisfactory_level_is_a_level_held(text):
    assert abs(score(text)) <= 0.1


def test_satisfactory_conditions_stay_good_news():
    assert score("Bankers described loan quality as satisfactory.") > 0.1


@pytest.mark.parametrize("text", [
    "Four out of ten indicated that their inventory levels were satisfactory.",
    "All firms report that materials inventories are satisfactory.",
])
def test_satisfactory_inventories_are_a_level_held(text):
    assert abs(score(text)) <= 0.1


@pytest.mark.parametrize("text, sign", [
    ("Savings institutions are beginning to see a return to black ink.", 1),
    ("The chain returned to profitability in the second quarter.", 1),
    ("Profitability at community banks deteriorated further.", -1),
    ("Red ink mounted at several airlines.", -1),
])
def test_profits_said_in_other_words(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Profitability was discussed at the directors' meeting.",  # named, not moved: a small tone at most
    "Analysts measure profitability by return on assets.",
])
def test_profitability_named_without_a_movement_is_small(text):
    assert abs(score(text)) <= 0.25


def test_red_ink_receding_is_good_news():
    assert score("Red ink receded at the airlines this quarter.") > 0.1


@pytest.mark.parametrize("text, sign", [
    ("Building-related manufacturing is particularly active in the District.", 1),
    ("Tax preparers and accountants were busy this spring.", 1),
    ("Real estate markets were less active than a year ago.", -1),  # the degree rule: less of a good state
    ("Home builders were not as busy as last year.", -1),
])
def test_busy_and_active_are_brisk_activity(text, sign):
    assert sign * score(text) > 0.1


@pytest.mark.parametrize("text", [
    "Inactive accounts were closed by several banks.",
    "Directors took an active part in the discussion.",
    "The number of active rigs was unchanged.",
])
def test_active_in_a_name_is_no_brisk_activity(text):
    assert abs(score(text)) <= 0.1
