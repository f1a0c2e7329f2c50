"""Issue 13, round 13 probes (i13-r13c): company and trade news, written to probe the rules.

Company reports and trade press: profits, net sales, order intake, margins, EPS, losses that narrow or
widen, swings to a profit or a loss, job cuts and hiring, guidance raised or cut, orders won, ratings,
closures, bankruptcies, deals. Each label was written from docs/labelling/GUIDELINES.md BEFORE the
sentence was scored: stock prices quoted without an evaluation are 0 (rule 10), an acquisition, a
contract described or an appointment says nothing about the outlook (0), a company's plan to cut
jobs states an outcome (-1), a forecast counts like a statement (rule 8). Sentences the guidelines do
not decide were left out (e.g. "signed a contract worth EUR 30 mn", "will invest EUR 50 mn in a new
line", mixed segment results joined by "while"). The ones still wrong are marked
``xfail(strict=True)`` with the reason. Our own sentences (none from the Financial PhraseBank or any
labelled set)."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


#: (construction, label, sentence); label -1 / 0 / 1 as the guidelines give it
COMPANY_NEWS = [
    ('rose to from EUR mn', 1, 'Operating profit rose to EUR 13.1 mn from EUR 8.7 mn in the corresponding period in 2007.'),
    ('decreased by', -1, 'Net sales decreased by 5% to EUR 220 mn.'),
    ('loss narrowed', 1, "The company's net loss narrowed to USD 3.2 million in the third quarter."),
    ('swung to a profit', 1, 'The group swung to a pre-tax profit of EUR 4.5 mn from a loss of EUR 2.1 mn a year earlier.'),
    ('posted a loss', -1, 'The company posted a net loss of EUR 1.8 mn for the first half.'),
    ('turned to a loss', -1, 'The company turned to an operating loss of EUR 0.9 mn in the second quarter.'),
    ('cut jobs', -1, 'The company will cut 200 jobs at its Finnish plants.'),
    ('lay off', -1, 'The steelmaker plans to lay off 350 workers by the end of the year.'),
    ('order intake', 1, 'Order intake increased by 18 percent to EUR 95 mn.'),
    ('raised guidance', 1, 'The company raised its full-year guidance for operating profit.'),
    ('lowered outlook', -1, 'The company lowered its outlook for 2024 net sales.'),
    ('expects to increase', 1, 'The company expects net sales to increase in 2024 compared with 2023.'),
    ('shares rose', 0, 'Shares in the company rose 4.2 percent in Helsinki trading.'),
    ('plant closed', -1, 'The plant will be closed at the end of March.'),
    ('bankruptcy', -1, 'The supplier filed for bankruptcy in May.'),
    ('acquired', 0, 'The company acquired a 60 percent stake in a Swedish software firm.'),
    ('boost earnings', 1, "The deal is expected to boost the company's earnings from 2025."),
    ('EPS fell to from', -1, 'Earnings per share fell to EUR 0.12 from EUR 0.31.'),
    ('EPS rose to from', 1, 'EPS rose to EUR 0.45 from EUR 0.38 a year earlier.'),
    ('margin narrowed', -1, 'The operating margin narrowed to 4.1 percent from 6.3 percent.'),
    ('margin improved', 1, 'The gross margin improved to 38.5 percent from 35.2 percent.'),
    ('revenue grew', 1, 'Revenue grew 12 percent to USD 1.4 billion, driven by strong demand in Asia.'),
    ('was X compared with Y', -1, 'Net profit for the period was EUR 5.6 mn, compared with EUR 9.8 mn a year earlier.'),
    ('loss compared with profit', -1, 'Operating loss totalled EUR 2.3 mn, compared with a profit of EUR 1.1 mn in 2007.'),
    ('did not increase', -1, 'Sales of the paper unit did not increase in the fourth quarter.'),
    ('backlog up from', 1, "The company's order backlog stood at EUR 1.2 bn, up from EUR 0.9 bn at the end of 2022."),
    ('downgraded', -1, "Moody's downgraded the company's credit rating to Ba2 from Ba1."),
    ('expects to decline', -1, 'The company expects its operating profit to decline in the current year.'),
    ('rise in profit', 1, 'The company reported a 20 percent rise in quarterly profit.'),
    ('decreased to from', -1, 'Pre-tax profit decreased to EUR 6.2 mn from EUR 7.9 mn.'),
    ('close and shed jobs', -1, 'The company said it would close two factories and shed 1,100 jobs.'),
    ('hire', 1, 'The company announced plans to hire 500 engineers in India.'),
    ('deliveries fell', -1, "The carmaker's deliveries fell 8 percent in the quarter amid weak demand in China."),
    ('appointment', 0, 'The company appointed a new chief financial officer.'),
    ('contract covers', 0, 'The contract covers the supply of 40 trains over five years.'),
    ('cost savings', 1, 'The merger is expected to generate annual cost savings of EUR 20 mn.'),
    ('won an order', 1, 'The shipyard won an order for two cruise ships from a US operator.'),
    ('were X, up from', 1, 'Net sales were EUR 35.2 mn, up 9% from the previous year.'),
    ('was X, down from', -1, 'Operating profit was EUR 2.1 mn, down from EUR 3.4 mn.'),
    ('improved to', 1, 'Operating profit excluding non-recurring items improved to EUR 5.0 mn.'),
    ('fell to as demand weakened', -1, 'Quarterly revenue fell 11 percent to USD 820 million as demand for memory chips weakened.'),
    ('more than doubled', 1, "The company's profit before taxes more than doubled to EUR 12.4 mn."),
    ('dropped by a third', -1, 'Net profit dropped by a third to EUR 40 mn.'),
    ('returned to profit', 1, 'The company returned to profit in the second quarter.'),
    ('swung to a loss', -1, 'The company swung to a net loss of EUR 3 mn from a profit of EUR 2 mn a year earlier.'),
    ('loss increased to from', -1, 'Operating loss increased to EUR 4.2 mn from EUR 1.9 mn.'),
    ('loss widened', -1, 'The net loss widened to USD 15 million.'),
    ('losses reduced to from', 1, 'Losses before tax were reduced to EUR 0.7 mn from EUR 2.3 mn.'),
    ('reduce workforce', -1, 'The company will reduce its workforce by 120 people.'),
    ('jobs will be lost', -1, 'Up to 80 jobs will be lost at the Tampere plant.'),
    ('cut costs', 1, 'The company plans to cut costs by EUR 15 mn a year.'),
    ('temporary layoffs', -1, 'Temporary layoffs will affect some 300 employees.'),
    ('received an order', 1, 'The company received an order worth EUR 8 mn from a Norwegian shipowner.'),
    ('order value', 0, 'The value of the order is about EUR 2 mn.'),
    ('expects to improve', 1, 'The company said it expects operating profit to improve from last year.'),
    ('cut forecast', -1, 'The company cut its full-year profit forecast.'),
    ('downgraded guidance', -1, 'The company downgraded its sales guidance for the year.'),
    ('reiterated guidance', 0, 'The company reiterated its guidance for the full year.'),
    ('remain at level', 0, 'The company expects its net sales for 2024 to remain at the 2023 level.'),
    ('profit warning', -1, "The company's shares fell 6 percent after the profit warning."),
    ('profit warning', -1, 'The company issued a profit warning.'),
    ('demand weakened', -1, "Demand for the company's products weakened in Europe."),
    ('order book strengthened', 1, "The company's order book strengthened during the quarter."),
    ('hit by', -1, 'The company has been hit by weak demand and rising raw material costs.'),
    ('market share grew', 1, "The company's market share grew to 23 percent."),
    ('record sales', 1, 'The company delivered record sales in 2023.'),
    ('was X against Y', -1, "The company's diluted EPS was EUR 0.55, against EUR 0.71 a year earlier."),
    ('deal completion', 0, 'The transaction is expected to be completed in the second quarter.'),
    ('will acquire', 0, 'The company will acquire all shares of the target for EUR 45 mn in cash.'),
    ('will merge', 0, 'The group will merge its two Finnish subsidiaries.'),
    ('strengthen position', 1, "The deal will strengthen the company's position in the Asian market."),
    ('weigh on earnings', -1, 'The restructuring is expected to weigh on earnings in the first half.'),
    ('unable to pay', -1, 'The company said it was unable to pay interest on its bonds.'),
    ('rating cut', -1, "S&P cut the company's rating to junk."),
    ('shut down', -1, 'The mill will be shut down permanently, the company said.'),
    ('halted', -1, 'Production at the plant was halted for two weeks because of a strike.'),
    ('hired', 1, 'The company hired 150 new employees in 2023.'),
    ('reported higher profits', 1, 'The company reported higher profits for the third quarter.'),
    ('reported lower sales', -1, 'The retailer reported lower sales in December.'),
    ('grew its revenue', 1, 'The group grew its revenue by 14 percent in 2023.'),
    ('increased its net sales', 1, 'The company increased its net sales by 9 percent to EUR 112 mn.'),
    ('cut dividend', -1, 'The board proposed to cut the dividend to EUR 0.20 per share.'),
    ('raised dividend', 1, 'The company raised its dividend by 10 percent.'),
    ('expects to post a loss', -1, 'The company expects to post an operating loss for the full year.'),
    ('profit expected lower', -1, 'Operating profit for 2024 is expected to be lower than in 2023.'),
    ('warned profit would fall', -1, 'The company warned that its annual profit would fall.'),
    ('sales forecast to grow', 1, 'Net sales are forecast to grow by 5-10 percent in 2024.'),
    ('fell short of estimates', -1, "Quarterly profit fell short of analysts' estimates."),
    ('beat estimates', 1, "Fourth-quarter earnings beat analysts' estimates."),
    ('estimated to remain at level', 0, "Net sales are estimated to remain at the previous year's level."),
    ('shares plunged after outlook cut', -1, 'Shares plunged after the company cut its outlook for the year.'),
    ('result in redundancies', -1, 'The closure of the plant will result in 120 redundancies.'),
    ('job cuts', -1, 'The restructuring includes job cuts of up to 300 positions.'),
    ('halted production', -1, 'The company halted production at two of its mills because of weak demand.'),
    ('rating downgraded passive', -1, "The company's credit rating was downgraded by Moody's."),
    ('rating upgraded', 1, "S&P upgraded the bank's credit rating to A-."),
    ('loss-making', -1, 'The unit has been loss-making for three years.'),
    ('profitable again', 1, 'The division was profitable again in the fourth quarter.'),
    ('profitability improved', 1, 'Profitability improved in all business areas.'),
    ('profitability weakened', -1, 'Profitability weakened as raw material prices rose.'),
    ('operating profit compared with loss', 1, 'Operating profit was EUR 3.1 mn, compared with a loss of EUR 1.4 mn a year earlier.'),
    ('sales totalled, up from', 1, 'Net sales totalled EUR 64.2 mn, up from EUR 58.0 mn.'),
    ('sales decreased to, from', -1, 'Net sales decreased to EUR 220.5 mn from EUR 242.2 mn.'),
    ('loss before taxes fell', 1, 'The loss before taxes fell to EUR 1.0 mn from EUR 3.6 mn.'),
    ('announcement neutral', 0, 'The company will publish its interim report on 25 April 2024.'),
    ('meeting neutral', 0, 'The annual general meeting will be held in Helsinki on 14 March.'),
    ('headquarters neutral', 0, 'The company is headquartered in Espoo and employs about 1,200 people.'),
    ('recovered to from', 1, 'Sales recovered to EUR 50 mn from EUR 42 mn.'),
    ('cut its loss to from', 1, 'The company cut its net loss to EUR 2 mn from EUR 5 mn.'),
    ('from continuing operations', 1, 'Operating profit from continuing operations increased to EUR 8.8 mn.'),
    ('fell from to', -1, 'Operating profit fell from EUR 10.2 mn to EUR 7.1 mn.'),
    ('rose from to', 1, 'Sales rose from EUR 20 mn to EUR 25 mn.'),
    ('loss grew from to', -1, "The company's net loss grew from EUR 1 mn to EUR 4 mn."),
    ('loss shrank from to', 1, 'Net loss shrank from USD 12 million to USD 3 million.'),
    ('was down at', -1, 'Order intake was down 14 percent year on year at EUR 51 mn.'),
    ('margin improved (parenthesis)', 1, 'EBIT margin improved to 9.5% (8.1%).'),
    ('declined comparable basis', -1, 'Revenue declined 3% on a comparable basis.'),
    ('like-for-like rose', 1, 'Like-for-like sales rose 2.4 percent.'),
    ('excluding one-off fell', -1, 'Operating profit excluding one-off items fell 8 percent.'),
    ('hit by write-down', -1, "The company's earnings were hit by a EUR 5 mn write-down."),
    ('booked write-down', -1, 'The company booked a write-down of EUR 12 mn.'),
    ('cash flow improved', 1, 'Cash flow from operations improved.'),
    ('margin contracted bp', -1, 'Gross margin contracted by 120 basis points.'),
    ('losses deepened', -1, "The company's losses deepened."),
    ('swung to profit (short)', 1, 'The retailer swung to a profit in the third quarter.'),
    ('turned to a profit from loss', 1, 'The unit turned to an operating profit of EUR 1.2 mn from a loss of EUR 0.4 mn.'),
    ('swung into the red', -1, 'The shipbuilder swung into the red in 2023.'),
    ('back in the black', 1, 'The airline was back in the black in the second quarter.'),
    ('although, main fell', -1, 'Although net sales rose 3 percent, operating profit fell to EUR 2.1 mn.'),
    ('but, record', 1, 'Operating profit fell, but net sales rose to a record EUR 310 mn.'),
    ('does not expect to grow', -1, 'The company does not expect its net sales to grow in 2024.'),
    ('not expected to decline', 1, 'Net sales are not expected to decline.'),
    ('may fall by up to', -1, 'Sales may fall by up to 10 percent this year.'),
    ('likely to remain weak', -1, 'Profitability is likely to remain weak in the first half.'),
    ('despite, increased its profit', 1, 'Despite weaker demand, the company increased its operating profit.'),
    ('cut profit by', -1, "Weak demand in Europe cut the group's operating profit by 12 percent."),
    ('squeezed margin to', -1, 'Higher raw material costs squeezed the margin to 5.1 percent.'),
    ('lifted margin to', 1, 'The cost savings programme lifted the operating margin to 11 percent.'),
    ('backlog shrank by a fifth', -1, "The company's order backlog shrank by a fifth."),
    ('return to profitability', 1, 'The company expects to return to profitability in 2025.'),
    ('warned of fall', -1, 'The company warned of a sharp fall in profits.'),
    ('forecast to double', 1, "The company's profit is forecast to double next year."),
    ('sold unit', 0, 'The company sold its Polish unit for EUR 30 mn.'),
    ('EBIT up from', 1, 'Earnings before interest and taxes were EUR 7.2 mn, up from EUR 6.1 mn.'),
    ('net interest income rose', 1, 'Net interest income rose 8 percent.'),
    ('loan losses increased', -1, 'Loan losses increased to EUR 40 mn.'),
    ('impairment charges fell', 1, 'Impairment charges fell to EUR 3 mn from EUR 11 mn.'),
    ('NPL ratio rose', -1, "The bank's non-performing loans ratio rose to 2.4 percent."),
    ('volumes hit by strike', -1, 'Sales volumes at the mill were hit by the strike.'),
    ('stood at compared with', -1, 'Operating profit stood at EUR 4.1 mn, compared with EUR 6.0 mn in the corresponding period.'),
    ('came in at versus', 1, 'Quarterly revenue came in at USD 2.3 billion versus USD 2.0 billion a year ago.'),
    ('compared with the year-earlier', -1, 'Pre-tax profit was EUR 3.3 mn, compared with the year-earlier EUR 5.1 mn.'),
    ('vs.', 1, 'Net profit was EUR 12 mn vs EUR 9 mn a year earlier.'),
    ('loss compared with loss smaller', 1, 'The operating loss was EUR 1.1 mn, compared with an operating loss of EUR 3.4 mn.'),
    ('against loss bigger', -1, 'The net loss amounted to EUR 6 mn against a net loss of EUR 2 mn in 2022.'),
    ('swung back into profit', 1, 'The carrier swung back into profit in the summer quarter.'),
    ('slipped into the red', -1, 'The retailer slipped into the red in the first half.'),
    ('turned to a net profit', 1, 'The group turned to a net profit of EUR 2.2 mn.'),
    ('hire staff number', 1, 'The bank plans to hire 2,000 staff in Asia over three years.'),
    ('record profit', 1, 'The chipmaker posted a record profit for the quarter.'),
    ('record loss', -1, 'The airline reported a record loss of EUR 1.2 bn.'),
    ('cut up to', -1, 'The group said it may cut up to 1,500 jobs worldwide.'),
    ('up to EUR order', 1, 'The company won an order worth up to EUR 40 mn.'),
    ('EPS compared with', 1, 'Earnings per share were EUR 0.41, compared with EUR 0.33.'),
    ('margin against', 1, 'The EBIT margin was 8.2 percent, against 6.9 percent a year earlier.'),
    ('order intake compared with', -1, 'Order intake was EUR 210 mn, compared with EUR 260 mn in the same period last year.'),
    ('remain below last year', -1, 'The company expects its net sales for 2024 to remain below the 2023 level.'),
    ("exceed last year's level", 1, "Net sales are expected to exceed last year's level."),
    ('on a par with', 0, 'Operating profit is expected to be on a par with last year.'),
    ('contract value', 0, 'The value of the contract is EUR 2.4 mn.'),
    ('employs people', 0, 'The company employs 450 people in Finland.'),
    ('company description', 0, 'The company is a Finnish provider of software for banks.'),
    ('share capital increased', 0, 'The share capital will be increased by EUR 1.2 mn.'),
    ('issued new shares', 0, 'The company issued 2 million new shares.'),
    ('dividend up from', 1, 'The board proposes a dividend of EUR 0.50 per share, up from EUR 0.40.'),
    ('margin was', 0, 'The operating profit margin was 8.5 percent.'),
    ('capacity of', 0, 'The plant has a capacity of 300,000 tonnes a year.'),
    ('sales in Russia decreased', -1, "The company's sales in Russia decreased by 25 percent."),
    ('remained at previous level', 0, "Sales in Finland remained at the previous year's level."),
    ('not disclosed', 0, 'Financial details of the deal were not disclosed.'),
    ('exceeded for the first time', 1, "The company's net sales exceeded EUR 1 bn for the first time."),
    ('fell short of previous year', -1, 'Operating profit fell short of the previous year.'),
    ('EPS unchanged', 0, 'Earnings per share remained unchanged at EUR 0.20.'),
    ('burdened by', -1, 'The result was burdened by restructuring costs of EUR 3 mn.'),
    ('weighed on the result', -1, 'Restructuring costs weighed on the result.'),
    ('grew organically', 1, 'Net sales grew organically by 4 percent.'),
    ('expects demand to weaken', -1, 'The company expects demand to weaken in the second half.'),
    ('demand expected to pick up', 1, 'Demand is expected to pick up towards the end of the year.'),
    ('outlook remains weak', -1, 'The outlook for the paper industry remains weak.'),
    ('maintains outlook', 0, 'The company maintains its outlook for 2024.'),
    ('lower than previously estimated', -1, 'The company now expects operating profit to be lower than previously estimated.'),
]

#: the probes still wrong, with the reason
XFAIL = {
    'Shares in the company rose 4.2 percent in Helsinki trading.':
        'the lexicon reads stocks, shares and indices as good quantities; guidelines rule 10 make stock prices no news, but reading them as a level drops ecosent 0.776 -> 0.757 and the dev confirm half',
    'Sales of the paper unit did not increase in the fourth quarter.':
        'the movement stands seven tokens after its subject (window six): only the negated movement alone counts, too weak',
    'The company said it would close two factories and shed 1,100 jobs.':
        "'it would' is read as a commitment of the institution (intentions, i13-r13a's area): a company's plan states an outcome",
    "The deal will strengthen the company's position in the Asian market.":
        "'position' is no quantity of the lexicon; the probe passed before only because 'deal' alone was good news (removed in round 13: a transaction says nothing)",
    'The company said it was unable to pay interest on its bonds.':
        "'unable to pay interest' (a default said in words) has no tone word in the lexicon",
    'The bank plans to hire 2,000 staff in Asia over three years.':
        "'the bank plans to' is read as a commitment of the institution (a central bank's intention, i13-r13a's area); a commercial bank's hiring plan states an outcome",
    'The operating profit margin was 8.5 percent.':
        'profit keeps a mild tone alone (0.3); muting a good quantity beside its figure lowered the dev confirm half 0.763 -> 0.761 and ecosent 0.776 -> 0.772, so it was not kept',
}


def _label(value: float) -> int:
    return 1 if value > 0.1 else -1 if value < -0.1 else 0


@pytest.mark.parametrize("construction, label, text", [
    pytest.param(c, lab, t, marks=pytest.mark.xfail(strict=True, reason=XFAIL[t])) if t in XFAIL else (c, lab, t)
    for c, lab, t in COMPANY_NEWS
])
def test_the_company_probe_gets_the_label_of_the_guidelines(construction, label, text):
    assert _label(score(text)) == label, construction


def test_every_xfail_is_a_probe():
    assert set(XFAIL) <= {t for _, _, t in COMPANY_NEWS}

