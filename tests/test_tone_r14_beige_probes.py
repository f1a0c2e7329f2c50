"""Issue 13, round 14 (i13-r14a): probes in the register of the Beige Book's district reports and national
summaries.

Sentences written to probe the scorer (our own, in the wording of the district reports: levels and ranges,
contacts and respondents, retail and autos, tourism, manufacturing, real estate, agriculture, energy,
banking, labour, prices, the degree words and their comparatives), each with the labels the guidelines
(docs/labelling/GUIDELINES.md: tone rules 1-3, 6, 8, 10, 11 and the inflation rule; forward-looking F1,
F6, F7; certainty C2, C5) give it, written down before the sentence was scored. The probes still wrong
are marked ``xfail(strict=True)`` with the reason, so the list stays honest. Left out as undecided by the
guidelines: house prices rising, "tight labor market", wage growth picking up, lending standards
tightening, rents rising, inventories and listings of homes, prices received by farmers, turnover, labor
shortages without a consequence, and reported "would" ("said sales would improve").
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from toolkit.tone import score_texts


@lru_cache(maxsize=None)
def _scored(text):
    """The score row of one probe, computed once for its three labels."""
    return score_texts([text]).iloc[0]


#: (family, text, tone, forward-looking, uncertain): the labels the guidelines give each probe
PROBES = [
    ('level', 'Overall economic activity was flat to up slightly since the previous report.', 'positive', False, False),
    ('level', 'Manufacturing activity in the District edged up in recent weeks.', 'positive', False, False),
    ('level', 'Factory output held steady at a high level.', 'positive', False, False),
    ('level', 'Construction activity remained at low levels throughout the District.', 'negative', False, False),
    ('level', 'Retail sales were little changed to down from the previous period.', 'negative', False, False),
    ('level', 'Most plants were operating at or near capacity.', 'positive', False, False),
    ('level', 'Consumer spending softened somewhat in recent weeks.', 'negative', False, False),
    ('level', 'Employment was flat to up slightly over the reporting period.', 'positive', False, False),
    ('level', 'Nonfinancial services activity was little changed.', 'neutral', False, False),
    ('level', 'Residential construction edged down since the last report.', 'negative', False, False),
    ('level', 'Demand for business loans held steady.', 'neutral', False, False),
    ('level', 'Economic activity expanded at a modest pace.', 'positive', False, False),
    ('level', 'Economic activity declined slightly in the Second District.', 'negative', False, False),
    ('level', 'Activity in the transportation sector was flat.', 'neutral', False, False),
    ('level', 'Home sales remained at very low levels.', 'negative', False, False),
    ('level', 'Delinquency rates remained at low levels.', 'positive', False, False),
    ('level', 'Vacancy rates for office space remained low.', 'positive', False, False),
    ('level', 'Orders for capital goods remained at high levels.', 'positive', False, False),
    ('level', 'Sales of new vehicles were down slightly from a year earlier.', 'negative', False, False),
    ('level', 'Shipments were steady to slightly higher.', 'positive', False, False),
    ('level', 'Demand for steel products was flat to down.', 'negative', False, False),
    ('level', 'Economic conditions in the District were largely unchanged.', 'neutral', False, False),
    ('level', 'Business activity grew slightly across most sectors.', 'positive', False, False),
    ('level', 'Overall activity contracted modestly.', 'negative', False, False),
    ('level', 'Tourism activity remained near record levels.', 'positive', False, False),
    ('level', 'Industrial production edged lower in October.', 'negative', False, False),
    ('contacts', 'Contacts reported that retail sales were solid during the holiday season.', 'positive', False, False),
    ('contacts', 'Retailers noted that sales of apparel were weak.', 'negative', False, False),
    ('contacts', 'Several respondents said that orders had picked up.', 'positive', False, False),
    ('contacts', 'Most manufacturers expect shipments to increase over the next six months.', 'positive', True, True),
    ('contacts', 'Contacts in the hospitality sector reported strong demand.', 'positive', False, False),
    ('contacts', 'Bankers reported that loan demand weakened.', 'negative', False, False),
    ('contacts', 'Realtors said home sales slowed in recent weeks.', 'negative', False, False),
    ('contacts', 'Many contacts noted that business conditions had improved.', 'positive', False, False),
    ('contacts', 'A few respondents reported layoffs.', 'negative', False, False),
    ('contacts', 'Manufacturers anticipate that production will decline in the coming months.', 'negative', True, True),
    ('contacts', 'Retailers expect holiday sales to be up modestly from last year.', 'positive', True, True),
    ('contacts', 'Contacts expect economic activity to remain sluggish through the end of the year.', 'negative', True, True),
    ('contacts', 'Dealers reported that auto sales were brisk.', 'positive', False, False),
    ('contacts', 'Builders indicated that new home construction was sluggish.', 'negative', False, False),
    ('contacts', 'Survey respondents expect employment to rise over the next six months.', 'positive', True, True),
    ('contacts', 'Firms generally expect demand to soften next year.', 'negative', True, True),
    ('contacts', 'Most contacts described conditions as healthy.', 'positive', False, False),
    ('contacts', 'Some respondents reported that sales fell short of their expectations.', 'negative', False, False),
    ('contacts', 'Contacts were pessimistic about sales prospects for the rest of the year.', 'negative', True, False),
    ('contacts', 'Business contacts reported that activity was little changed.', 'neutral', False, False),
    ('contacts', 'Respondents indicated that new orders increased moderately.', 'positive', False, False),
    ('contacts', 'Several retailers said that foot traffic declined.', 'negative', False, False),
    ('retail', 'Retail sales increased modestly in most Districts.', 'positive', False, False),
    ('retail', 'Sales at department stores were sluggish.', 'negative', False, False),
    ('retail', 'Auto sales were strong in recent weeks.', 'positive', False, False),
    ('retail', 'Sales of new cars and light trucks fell sharply.', 'negative', False, False),
    ('retail', 'Holiday sales were tepid.', 'negative', False, False),
    ('retail', 'Consumer spending rose at a moderate pace.', 'positive', False, False),
    ('retail', 'Back-to-school sales were robust.', 'positive', False, False),
    ('retail', 'Sales of big-ticket items softened.', 'negative', False, False),
    ('retail', 'Hotel occupancy rates declined from a year earlier.', 'negative', False, False),
    ('retail', 'Tourism was strong in recent weeks.', 'positive', False, False),
    ('retail', 'Bookings for the summer season were up from last year.', 'positive', False, False),
    ('retail', 'Tourist activity slowed noticeably.', 'negative', False, False),
    ('retail', 'Car dealers reported a slowdown in sales.', 'negative', False, False),
    ('retail', 'Retail sales picked up from the previous period.', 'positive', False, False),
    ('retail', 'Retail sales grew more slowly than in the previous report.', 'negative', False, False),
    ('retail', 'Auto dealers expect sales to weaken in the coming months.', 'negative', True, True),
    ('retail', 'Consumer spending was soft.', 'negative', False, False),
    ('retail', 'Spending on leisure and travel remained robust.', 'positive', False, False),
    ('retail', 'Restaurant sales were flat.', 'neutral', False, False),
    ('retail', 'Vehicle sales were up slightly.', 'positive', False, False),
    ('retail', 'Store traffic was weaker than a year ago.', 'negative', False, False),
    ('manufacturing', 'Manufacturing shipments increased at a moderate pace.', 'positive', False, False),
    ('manufacturing', 'New orders for manufactured goods declined.', 'negative', False, False),
    ('manufacturing', 'Factory activity expanded at a slower pace than in the previous report.', 'negative', False, False),
    ('manufacturing', 'Manufacturers reported that new orders and production levels decreased.', 'negative', False, False),
    ('manufacturing', 'Manufacturing activity remained strong.', 'positive', False, False),
    ('manufacturing', 'Production at District factories was sluggish.', 'negative', False, False),
    ('manufacturing', 'Order backlogs grew.', 'positive', False, False),
    ('manufacturing', 'Manufacturers reported a modest increase in shipments.', 'positive', False, False),
    ('manufacturing', 'Capacity utilization edged down.', 'negative', False, False),
    ('manufacturing', 'Manufacturing output picked up from the previous period.', 'positive', False, False),
    ('manufacturing', 'Demand for machinery softened.', 'negative', False, False),
    ('manufacturing', 'Manufacturers expect new orders to rise over the next six months.', 'positive', True, True),
    ('manufacturing', 'Several manufacturers announced plant closures.', 'negative', False, False),
    ('manufacturing', 'Steel producers reported robust demand.', 'positive', False, False),
    ('manufacturing', 'Manufacturing employment declined slightly.', 'negative', False, False),
    ('manufacturing', 'Production of semiconductors grew briskly.', 'positive', False, False),
    ('manufacturing', 'Shipments of paper products were weak.', 'negative', False, False),
    ('real estate', 'Home sales increased modestly.', 'positive', False, False),
    ('real estate', 'Residential construction slowed.', 'negative', False, False),
    ('real estate', 'Commercial real estate activity remained stable.', 'neutral', False, False),
    ('real estate', 'Office vacancy rates rose.', 'negative', False, False),
    ('real estate', 'Vacancy rates declined in most markets.', 'positive', False, False),
    ('real estate', 'Housing starts picked up.', 'positive', False, False),
    ('real estate', 'Demand for commercial space was soft.', 'negative', False, False),
    ('real estate', 'Sales of existing homes declined.', 'negative', False, False),
    ('real estate', 'Residential real estate markets remained weak.', 'negative', False, False),
    ('real estate', 'Nonresidential construction activity was robust.', 'positive', False, False),
    ('real estate', 'Leasing activity for industrial space was strong.', 'positive', False, False),
    ('real estate', 'Home builders reported sluggish traffic.', 'negative', False, False),
    ('real estate', 'Construction activity increased at a slower pace.', 'negative', False, False),
    ('real estate', 'Builders expect home sales to improve in the spring.', 'positive', True, True),
    ('real estate', 'Commercial construction edged up.', 'positive', False, False),
    ('real estate', 'Residential real estate activity was little changed.', 'neutral', False, False),
    ('real estate', 'Demand for new homes softened somewhat.', 'negative', False, False),
    ('real estate', 'Home sales were brisk.', 'positive', False, False),
    ('agriculture', 'Crop conditions were generally good.', 'positive', False, False),
    ('agriculture', 'Drought conditions worsened in the western part of the District.', 'negative', False, False),
    ('agriculture', 'Farm income is expected to decline this year.', 'negative', True, True),
    ('agriculture', 'Dry weather damaged crops.', 'negative', False, False),
    ('agriculture', 'Crop yields were above average.', 'positive', False, False),
    ('agriculture', 'Farm incomes rose.', 'positive', False, False),
    ('agriculture', 'Agricultural conditions deteriorated.', 'negative', False, False),
    ('agriculture', 'Agricultural conditions improved.', 'positive', False, False),
    ('agriculture', 'Farmland values declined.', 'negative', False, False),
    ('agriculture', 'Low crop prices weighed on farm incomes.', 'negative', False, False),
    ('agriculture', 'The harvest was poor.', 'negative', False, False),
    ('agriculture', 'Farm loan repayment rates fell.', 'negative', False, False),
    ('agriculture', 'Financial stress among farmers increased.', 'negative', False, False),
    ('agriculture', 'The winter wheat crop was in good condition.', 'positive', False, False),
    ('energy', 'Drilling activity declined.', 'negative', False, False),
    ('energy', 'The number of active drilling rigs rose.', 'positive', False, False),
    ('energy', 'Rig counts fell further.', 'negative', False, False),
    ('energy', 'Oil and gas activity expanded at a robust pace.', 'positive', False, False),
    ('energy', 'Energy activity was flat.', 'neutral', False, False),
    ('energy', 'Coal production edged down.', 'negative', False, False),
    ('energy', 'Energy firms expect drilling activity to increase over the next year.', 'positive', True, True),
    ('energy', 'Demand for oilfield services weakened.', 'negative', False, False),
    ('energy', 'Activity in the energy sector remained sluggish.', 'negative', False, False),
    ('energy', 'Oil prices fell during the period.', 'neutral', False, False),
    ('banking', 'Loan demand increased modestly.', 'positive', False, False),
    ('banking', 'Loan demand was flat.', 'neutral', False, False),
    ('banking', 'Loan quality remained good.', 'positive', False, False),
    ('banking', 'Delinquencies edged up.', 'negative', False, False),
    ('banking', 'Delinquency rates declined.', 'positive', False, False),
    ('banking', 'Credit quality deteriorated.', 'negative', False, False),
    ('banking', 'Bankers reported improving loan quality.', 'positive', False, False),
    ('banking', 'Demand for consumer loans softened.', 'negative', False, False),
    ('banking', 'Loan volumes grew at a moderate pace.', 'positive', False, False),
    ('banking', 'Commercial loan demand was weak.', 'negative', False, False),
    ('banking', 'Mortgage lending picked up.', 'positive', False, False),
    ('banking', 'Loan growth slowed.', 'negative', False, False),
    ('banking', 'Bankers expect loan demand to strengthen in the coming months.', 'positive', True, True),
    ('banking', 'Loan delinquencies remained low.', 'positive', False, False),
    ('banking', 'Charge-offs increased.', 'negative', False, False),
    ('banking', 'Demand for residential mortgages was robust.', 'positive', False, False),
    ('labour', 'Hiring picked up.', 'positive', False, False),
    ('labour', 'Layoffs increased.', 'negative', False, False),
    ('labour', 'Employment grew at a modest pace.', 'positive', False, False),
    ('labour', 'Several firms announced layoffs.', 'negative', False, False),
    ('labour', 'Employment was flat.', 'neutral', False, False),
    ('labour', 'Hiring slowed.', 'negative', False, False),
    ('labour', 'Employers added workers at a moderate pace.', 'positive', False, False),
    ('labour', 'Employment declined slightly.', 'negative', False, False),
    ('labour', 'Layoffs were limited.', 'positive', False, False),
    ('labour', 'Employment increased more slowly than in the previous report.', 'negative', False, False),
    ('labour', 'Firms expect to increase headcounts over the next six months.', 'positive', True, True),
    ('labour', 'Labor shortages constrained production at many firms.', 'negative', False, False),
    ('labour', 'Demand for temporary workers softened.', 'negative', False, False),
    ('labour', 'Job growth was sluggish.', 'negative', False, False),
    ('labour', 'Employment levels held steady.', 'neutral', False, False),
    ('labour', 'Staffing firms reported robust demand for workers.', 'positive', False, False),
    ('labour', 'Hiring was tepid.', 'negative', False, False),
    ('prices', 'Input costs rose.', 'negative', False, False),
    ('prices', 'Input costs eased.', 'positive', False, False),
    ('prices', 'Selling prices increased modestly.', 'negative', False, False),
    ('prices', 'Price pressures eased.', 'positive', False, False),
    ('prices', 'Raw materials costs increased sharply.', 'negative', False, False),
    ('prices', 'Prices rose at a slower pace than in the previous report.', 'positive', False, False),
    ('prices', 'Firms reported rising costs for materials.', 'negative', False, False),
    ('prices', 'Prices were little changed.', 'neutral', False, False),
    ('prices', 'Manufacturers expect input costs to rise over the next six months.', 'negative', True, True),
    ('prices', 'Freight costs declined.', 'positive', False, False),
    ('prices', 'Price increases were modest.', 'negative', False, False),
    ('prices', 'Cost pressures moderated.', 'positive', False, False),
    ('prices', 'Firms reported higher costs for energy and insurance.', 'negative', False, False),
    ('prices', 'Input price increases were widespread.', 'negative', False, False),
    ('degree', 'Economic activity grew at a slower pace than in the previous period.', 'negative', False, False),
    ('degree', 'Activity picked up from the previous report.', 'positive', False, False),
    ('degree', 'Consumer spending growth was modest.', 'positive', False, False),
    ('degree', 'Growth was sluggish.', 'negative', False, False),
    ('degree', 'Demand was robust.', 'positive', False, False),
    ('degree', 'Business activity was soft.', 'negative', False, False),
    ('degree', 'Sales were brisk.', 'positive', False, False),
    ('degree', 'Activity expanded more slowly than in the previous report.', 'negative', False, False),
    ('degree', 'The pace of growth quickened.', 'positive', False, False),
    ('degree', 'Growth in sales moderated.', 'negative', False, False),
    ('degree', 'Declines in manufacturing output were smaller than in the previous report.', 'positive', False, False),
    ('degree', 'Economic activity increased at a slightly faster pace.', 'positive', False, False),
    ('degree', 'Activity declined at a slower pace.', 'positive', False, False),
    ('degree', 'Consumer spending was stronger than in the previous period.', 'positive', False, False),
    ('degree', 'Demand was weaker than in the previous report.', 'negative', False, False),
    ('mixed main', 'Retail sales rose modestly, though auto sales softened.', 'positive', False, False),
    ('comparative', 'Manufacturing activity expanded, but at a slower pace than in the previous report.', 'negative', False, False),
    ('contacts', 'Bankers reported that loan quality was stable and delinquencies were low.', 'positive', False, False),
    ('agriculture', 'Farmers reported that recent rains improved crop conditions.', 'positive', False, False),
    ('agriculture', 'Drought conditions eased.', 'positive', False, False),
    ('retail', 'Retailers reported that sales were below expectations.', 'negative', False, False),
    ('retail', 'Sales were above year-earlier levels.', 'positive', False, False),
    ('real estate', 'Residential construction was down from a year ago.', 'negative', False, False),
    ('real estate', 'Apartment vacancy rates remained low.', 'positive', False, False),
    ('labour', 'Contacts reported that the pace of hiring slowed.', 'negative', False, False),
    ('prices', 'Manufacturers reported that input cost increases had moderated.', 'positive', False, False),
    ('prices', 'Firms expect prices to rise at a slower pace over the next six months.', 'positive', True, True),
    ('contacts', 'Most contacts expect growth to remain modest in the coming months.', 'positive', True, True),
    ('banking', 'District bankers reported a decline in loan demand.', 'negative', False, False),
    ('banking', 'Lending activity was steady.', 'neutral', False, False),
    ('retail', 'Hotel occupancy remained high.', 'positive', False, False),
    ('retail', 'Tourism in the District slowed from the strong pace of the summer.', 'negative', False, False),
    ('real estate', 'Sales of existing homes rose from the previous report.', 'positive', False, False),
    ('energy', 'The energy sector weakened further as oil prices fell.', 'negative', False, False),
    ('energy', 'Exploration activity remained depressed.', 'negative', False, False),
    ('level', 'Employment in the District was little changed to down slightly.', 'negative', False, False),
    ('level', 'Consumer spending was up modestly on balance.', 'positive', False, False),
    ('level', 'Overall, the District economy continued to grow at a modest pace.', 'positive', False, False),
    ('level', 'Economic activity was generally flat over the past six weeks.', 'neutral', False, False),
    ('contacts', 'Several contacts reported a pickup in orders.', 'positive', False, False),
    ('manufacturing', 'A slowdown in orders was reported by several manufacturers.', 'negative', False, False),
    ('energy', 'Contacts in the trucking industry reported weaker freight volumes.', 'negative', False, False),
    ('energy', 'Freight volumes were robust.', 'positive', False, False),
    ('agriculture', 'Cattle prices fell.', 'neutral', False, False),
    ('agriculture', "Lower cattle prices reduced ranchers' incomes.", 'negative', False, False),
    ('manufacturing', 'Factory orders rose at a faster pace than in the previous report.', 'positive', False, False),
    ('retail', 'Spending by tourists was strong, while sales of durable goods were tepid.', 'positive', False, False),
    ('banking', 'Loan demand was softer than in the previous period.', 'negative', False, False),
    ('real estate', 'Commercial real estate leasing activity picked up from the previous period.', 'positive', False, False),
    ('labour', 'Layoffs were reported in the manufacturing sector.', 'negative', False, False),
    ('labour', 'Layoff announcements declined.', 'positive', False, False),
    ('contacts', 'Respondents expect sales to decline over the next six months.', 'negative', True, True),
    ('contacts', 'Contacts anticipate that demand will strengthen next year.', 'positive', True, True),
    ('contacts', 'Retailers were hopeful that sales would improve.', 'positive', True, True),
    ('manufacturing', 'Manufacturers reported that new orders edged up, while shipments were flat.', 'positive', False, False),
    ('degree', 'Consumer spending grew at a sluggish pace.', 'negative', False, False),
    ('degree', 'Growth in loan demand was brisk.', 'positive', False, False),
    ('degree', 'The pace of activity in the District was modest.', 'positive', False, False),
    ('degree', 'Demand for housing was strong.', 'positive', False, False),
    ('degree', 'Home sales were sluggish compared with the previous year.', 'negative', False, False),
    ('level', 'Construction employment remained at high levels.', 'positive', False, False),
    ('level', 'Activity in the energy sector held steady at a low level.', 'negative', False, False),
]

#: (measure, text) -> why the scorer still gets the probe wrong
WRONG = {
    ('tone', 'Firms expect to increase headcounts over the next six months.'):
        "'headcounts' is no quantity of the lexicon (it names survey counts too: 'the headcount of the survey')",
    ('tone', 'Dry weather damaged crops.'):
        "'crops' is no quantity of the lexicon: 'damaged' moves nothing",
    ('tone', 'Farm loan repayment rates fell.'):
        "'repayment rates' is no quantity: a fall of repayments (bad news for lenders) is not read",
    ('tone', 'Mortgage lending picked up.'):
        "'lending' is a credit level (rule 10) in the lexicon; the Beige Book's lending volumes are activity",
    ('tone', 'Loan growth slowed.'):
        "'loan growth' is the rate of a credit level (rule 10); the Beige Book's loan volumes are activity",
    ('tone', 'Employers added workers at a moderate pace.'):
        "'added workers' is no hiring reading ('hired workers' without a number or comparative is no news by design)",
    ('tone', 'Declines in manufacturing output were smaller than in the previous report.'):
        "'manufacturing output' is two quantities: 'declines' pairs with 'manufacturing', the size predicate with 'output', so the pace does not reach the decline",
    ('tone', 'The energy sector weakened further as oil prices fell.'):
        "'sector' is no quantity: 'weakened' pairs with the oil prices (a commodity figure) instead",
    ('tone', 'The pace of activity in the District was modest.'):
        "'modest' is a diminisher, no state word: the predicate of 'the pace of activity' has no tone",
    ('tone', 'Activity in the energy sector held steady at a low level.'):
        "'at a low level' is out of the pairing window of 'activity' behind 'in the energy sector' and 'steady'",
}


def _cases(column: int, measure: str) -> list:
    """The probes labelled for ``measure`` (the ``column`` of :data:`PROBES`), the wrong ones marked
    ``xfail(strict=True)`` with their reason."""
    return [pytest.param(p[1], p[column], marks=[pytest.mark.xfail(strict=True, reason=WRONG[measure, p[1]])]
                         if (measure, p[1]) in WRONG else [], id=f"{p[0]}-{p[1][:40]}")
            for p in PROBES if p[column] is not None]


@pytest.mark.parametrize("text, label", _cases(2, "tone"))
def test_tone_probe(text, label):
    assert _scored(text)["label"] == label


@pytest.mark.parametrize("text, forward", _cases(3, "forward"))
def test_forward_looking_probe(text, forward):
    assert bool(_scored(text)["forward_looking"]) is forward


@pytest.mark.parametrize("text, uncertain", _cases(4, "uncertain"))
def test_certainty_probe(text, uncertain):
    assert bool(_scored(text)["uncertainty"] > 0) is uncertain
