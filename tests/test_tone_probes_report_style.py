"""Issue 13, round 13 probes (i13-r13c): report-style comparisons, written to probe the rules.

Statistics-release wordings (NBS / MIIT / PBoC, central banks, trade press) of a movement and its
quantity with numbers and units between, the comparison before or after, the quantity as subject or
object: "grew 6.8 percent year on year", "fell to 49.2 in March from 50.1", "up from", "compared
with", "the lowest level in six years", "the decline narrowed". Each label was written from
docs/labelling/GUIDELINES.md (rules 1, 5, 10 and the inflation rule) BEFORE the sentence was scored;
sentences the guidelines do not decide were left out (e.g. "output rose 5.2% y/y, slowing from 6.1%":
the main clause against the participle; "GDP grew 3.2 percent, the slowest growth since 2009": an
appositive evaluation against its clause). The ones still wrong are marked ``xfail(strict=True)`` with
the reason, so the list stays honest: a fix that makes one pass must remove its mark.
Our own sentences (none from a labelled set)."""
from __future__ import annotations

import pytest

from conftest import tone_score as score


#: (construction, label, sentence); label -1 / 0 / 1 as the guidelines give it
REPORT_STYLE = [
    ('grew yoy', 1, 'The added value of industrial enterprises above designated size grew 6.8 percent year on year in the first quarter.'),
    ('fell yoy', -1, 'The added value of industrial enterprises above designated size fell 2.9 percent year on year in April.'),
    ('fell yoy', -1, 'Profits of industrial enterprises above designated size fell 3.1 percent year on year in the first two months.'),
    ('rose from a year earlier to', 1, 'Total profits of industrial enterprises rose 8.5 percent from a year earlier to 1.2 trillion yuan.'),
    ('aggregate', 0, 'M2 increased 8.9 percent year on year at the end of June.'),
    ('aggregate', 0, 'Outstanding RMB loans grew 11.2 percent from a year ago to RMB 230 trillion.'),
    ('up from', 1, 'Exports grew 7.4 percent year on year in the third quarter, up from 4.1 percent in the second.'),
    ('declined to from', -1, 'Exports declined to 210 billion dollars in May from 235 billion dollars a year earlier.'),
    ('declined to from', -1, 'Retail sales of consumer goods declined to 3.2 trillion yuan from 3.5 trillion yuan.'),
    ('slowed to from', -1, 'Growth of industrial output slowed to 4.5% y/y in May from 6.1% in April.'),
    ('accelerated to from', 1, 'Industrial output growth accelerated to 6.3 percent in June from 5.2 percent in May.'),
    ('fell to from', -1, 'The manufacturing PMI fell to 49.2 in March from 50.1, below the 50-point mark.'),
    ('rose to from', 1, 'The PMI rose to 51.3 in April from 49.8 in March, back above the 50-point mark.'),
    ('edged up to', 1, 'The PMI edged up to 50.2 in November.'),
    ('contracted by', -1, 'Fixed-asset investment contracted by 2.4 percent in the first half.'),
    ('straight month', -1, 'Exports fell for a third straight month in August, down 4.5 percent from a year ago.'),
    ('widened to', -1, 'The trade deficit widened to USD 12.4 billion in the second quarter.'),
    ('narrowed to from', 1, 'The current account deficit narrowed to 2.1 percent of GDP from 3.4 percent a year earlier.'),
    ('rose to from', -1, 'The unemployment rate rose to 5.6 percent in March from 5.2 percent a year earlier.'),
    ('eased to down from', 1, 'The surveyed urban unemployment rate eased to 5.0 percent in June, down from 5.2 percent in May.'),
    ('against a decline', 1, 'Industrial production was up 3.1 percent month-on-month, against a decline of 0.8 percent in the previous month.'),
    ('versus', 1, 'Car sales rose 12 percent versus a year earlier.'),
    ('dropped to tonnes', -1, 'Steel output dropped 6.1 percent year on year to 85 million tonnes.'),
    ('record high', 1, 'Crude steel output reached a record high of 1.05 billion tonnes.'),
    ('three-year low', -1, 'Export orders fell to a three-year low in September.'),
    ('highest since', 1, 'Consumer confidence rose to its highest level since 2019.'),
    ('rebounded', 1, 'Business investment rebounded 4.2 percent in the second quarter after two quarters of decline.'),
    ('contracted by', -1, 'GDP contracted by 1.2 percent q/q in the fourth quarter, annualised.'),
    ('annualised rate', 1, 'Real GDP grew at an annualised rate of 2.8 percent in the third quarter.'),
    ('inflation accelerated to from', -1, 'CPI inflation accelerated to 3.5 percent in July from 2.8 percent in June.'),
    ('inflation slowed to down from', 1, 'Consumer price inflation slowed to 2.1 percent year-on-year in March, down from 2.9 percent.'),
    ('inflation eased to from', 1, 'Core inflation eased to 2.4 percent from 2.7 percent a month earlier.'),
    ('exchange rate', 0, 'The yuan depreciated 2.3 percent against the dollar in the first half.'),
    ('yield bp', 0, 'The ten-year government bond yield rose 25 basis points to 3.1 percent.'),
    ('aggregate', 0, 'Foreign exchange reserves increased by USD 32 billion to USD 3.2 trillion at the end of May.'),
    ('aggregate', 0, 'Social financing increased by RMB 2.3 trillion in January, RMB 400 billion more than a year earlier.'),
    ('aggregate', 0, 'The stock of total social financing grew 9.5 percent year on year.'),
    ('up from', 1, 'Electricity consumption rose 6.5 percent year on year, up from 4.3 percent in the previous month.'),
    ('after rising', -1, 'Employment in manufacturing fell by 35,000 in October after rising by 20,000 in September.'),
    ('above a month earlier', 1, 'Nonfarm payrolls increased by 250,000 in December, well above the 150,000 gain a month earlier.'),
    ('declined to units', -1, 'Housing starts declined 9.4 percent in February to an annual rate of 1.2 million units.'),
    ('units up yoy', 1, 'Sales of new energy vehicles were 1.2 million units in May, up 35 percent year on year.'),
    ('units down from', -1, 'Production of integrated circuits was 32 billion units, down 8.5 percent from the same period last year.'),
    ('compared with same period', 1, 'The output of industrial robots increased by 21 percent compared with the same period of last year.'),
    ('reached, a yoy increase', 1, 'Revenue of the software industry reached 5.4 trillion yuan, a year-on-year increase of 12.3 percent.'),
    ('fell pp to', -1, 'Industrial capacity utilization fell 1.3 percentage points to 74.5 percent.'),
    ('slowed by pp', -1, 'Growth in household consumption slowed by 0.8 percentage points to 3.1 percent.'),
    ('fastest since', 1, 'Investment in manufacturing was up 9.1 percent y/y in the first eleven months, the fastest since 2019.'),
    ('unchanged from', 0, 'The PMI held at 50.1 in October, unchanged from September.'),
    ('compared with a rise', -1, 'In the first quarter, profits in the electronics industry fell 14.2 percent, compared with a rise of 3.1 percent a year earlier.'),
    ('against (before)', 1, 'Against a 2.5 percent decline in the previous quarter, exports rose 1.8 percent in the third quarter.'),
    ('compared with (before)', 1, 'Compared with the same period last year, the number of newly registered businesses increased by 11 percent.'),
    ('up from (before)', 1, 'Up from 3.2 percent in the previous quarter, GDP growth reached 4.1 percent.'),
    ('aggregate', 0, 'Household deposits increased by RMB 9.9 trillion in the first half.'),
    ('hit record high', 1, 'The output of the photovoltaic industry hit a record high in the first half.'),
    ('consecutive month', -1, 'Exports of home appliances fell for a fifth consecutive month.'),
    ('widened to', -1, 'Losses of enterprises in the steel industry widened to 18.6 billion yuan.'),
    ('fronted date yoy', 1, 'In May, the value added of industrial enterprises above designated size increased by 5.6 percent year on year.'),
    ('yoy before', -1, 'Year on year, industrial profits dropped 12.9 percent in the first five months.'),
    ('were X, down yoy', -1, 'From January to April, the total profits of industrial enterprises above designated size were 2.1 trillion yuan, down 20.6 percent year on year.'),
    ('reached X, up yoy', 1, 'From January to April, operating revenue of industrial enterprises above designated size reached 40 trillion yuan, up 3.5 percent year on year.'),
    ('were down from at', -1, 'Exports were down 6.4 percent from a year ago at 280 billion dollars.'),
    ('totalled, a yoy decline', -1, 'Imports and exports totalled 3.5 trillion yuan, a year-on-year decline of 2.1 percent.'),
    ('was X, down from', 1, 'The unemployment rate was 4.1 percent in June, down from 4.4 percent a year earlier.'),
    ('plunged', -1, 'Sales of excavators plunged 24 percent year on year in March.'),
    ('jumped mom units', 1, 'Passenger car sales jumped 18.5 percent month-on-month to 2.1 million units.'),
    ('doubled', 1, 'New orders for machine tools doubled from a year earlier.'),
    ('halved', -1, 'Shipments of smartphones halved in the first quarter.'),
    ('five-year low', -1, 'The value of new contracts signed by construction firms slumped to a five-year low.'),
    ('soared, fastest pace', 1, 'Fixed-asset investment in manufacturing soared 9.6 percent in the first half, the fastest pace in a decade.'),
    ('slipped to from, below line', -1, 'The PMI slipped to 48.7 in July from 49.3 in June, staying below the boom-bust line for a third month.'),
    ('picked up to from', 1, 'Industrial output growth picked up to 6.1 percent y/y in August from 4.5 percent in July.'),
    ('growth eased to from', -1, 'Retail sales growth eased to 2.5 percent in July from 3.1 percent in June.'),
    ('a N percent fall in', -1, 'A 3.5 percent fall in exports in the second quarter weighed on growth.'),
    ('the N percent increase in', 1, 'The 4.2 percent increase in retail sales in October beat forecasts.'),
    ('N percent lower than', -1, 'Output of crude steel totalled 91 million tonnes in June, 6.8 percent lower than a year earlier.'),
    ('N percent higher than', 1, 'Output of cement was 180 million tonnes, 9.2 percent higher than in the same month last year.'),
    ('up N percent (after clause)', 1, 'Value added of the high-tech manufacturing sector grew faster than that of industry as a whole, up 8.6 percent.'),
    ('contracted straight month', -1, 'Industrial profits contracted for a sixth straight month in June.'),
    ('rebounded to after slump', 1, 'Profits rebounded to 320 billion yuan in July after a 15 percent slump in June.'),
    ('compared with (before)', 1, 'Compared with the previous quarter, GDP expanded by 0.8 percent.'),
    ('after growth', -1, 'GDP fell by 0.3 percent q/q, after growth of 0.5 percent in the previous quarter.'),
    ('unemployed fell by to', 1, 'The number of unemployed persons fell by 120,000 to 2.3 million in March.'),
    ('rose pp yoy to', 1, 'Industrial capacity utilization rose 0.9 percentage points year on year to 76.2 percent in the second quarter.'),
    ('decline narrowed to from', 1, 'The decline in exports narrowed to 2.1 percent in September from 6.5 percent in August.'),
    ('decline deepened to', -1, 'The decline in industrial profits deepened to 8.4 percent.'),
    ('exchange rate', 0, 'The yuan strengthened to 6.9 per dollar from 7.1.'),
    ('rate cut bp', 0, 'The benchmark lending rate was cut by 25 basis points to 3.45 percent.'),
    ('aggregate', 0, 'RMB loans increased by 1.2 trillion yuan in August, up 300 billion yuan year on year.'),
    ('aggregate', 0, 'M1 fell 1.4 percent year on year, while M2 grew 6.3 percent.'),
    ('stock index', 0, 'The stock index fell 2.1 percent on the day.'),
    ('commodity price', 0, 'Copper prices rose 4 percent to USD 9,500 a tonne.'),
    ('CPI rose to from', -1, 'The CPI rose to 2.9 percent in April from 2.1 percent in March.'),
    ('posted a N percent rise', 1, 'Exports posted a 7.1 percent rise in the second quarter.'),
    ('a decline of N percent in', -1, 'The survey showed a decline of 3 percent in new orders.'),
    ('year-on-year growth of', 1, 'Retail sales recorded year-on-year growth of 6.4 percent in December.'),
    ('growth of N percent in', 1, 'The month saw growth of 5.2 percent in industrial output.'),
    ('were down N percent', -1, 'Machinery exports were down 8 percent in the first half.'),
    ('was up N percent', 1, 'Crude steel production was up 4.1 percent on a year earlier.'),
    ('N percent higher than', 1, 'Profits were 12 percent higher than in the same quarter of 2022.'),
    ('weakest in three years', -1, 'Factory activity was the weakest in three years.'),
    ('biggest drop since', -1, 'Exports recorded their biggest drop since the 2009 crisis.'),
    ('first decline in months', -1, 'Retail sales posted their first decline in 18 months.'),
    ('consecutive monthly decline', -1, 'Industrial output recorded a ninth consecutive monthly decline in July.'),
    ('ninth straight rise', 1, 'Exports rose for a ninth straight month in June.'),
    ('below expectations', -1, 'Second-quarter growth of 0.3 percent was below expectations.'),
    ('better than expected', 1, 'Exports rose 5 percent in April, better than expected.'),
    ('worse than expected', -1, 'Industrial output fell 2.1 percent in March, a worse-than-expected decline.'),
    ('growth rate declined by pp', -1, 'The growth rate of fixed-asset investment declined by 1.5 percentage points from the previous month.'),
    ('growth rate rose by pp', 1, 'The growth rate of industrial value added rose by 0.8 percentage points from the previous month.'),
    ('comparison before, down', -1, 'From a year earlier, output of cars was down 9 percent.'),
    ('comparison before, contracted', -1, 'Compared with the previous quarter, the economy contracted by 0.4 percent.'),
    ('CPI accelerated, highest since', -1, 'Consumer prices rose 4.3 percent year on year in May, the fastest pace since 2008.'),
    ('hedged', 1, 'Industrial output is expected to grow about 5 percent year on year in the fourth quarter.'),
    ('negated fall', 1, 'Exports did not fall in the third quarter, rising 1.2 percent from a year earlier.'),
    ('unemployment rate highest since', -1, 'The unemployment rate rose to 6.1 percent, its highest level since 2015.'),
    ('unemployment rate lowest since', 1, 'The jobless rate fell to 3.5 percent, the lowest in five decades.'),
    ('fell to USD from', -1, 'Exports fell to USD 210 billion from USD 235 billion a year earlier.'),
    ('from (before) slowed to', -1, 'From 6.1 percent in April, industrial output growth slowed to 4.5 percent in May.'),
    ('was down from', -1, 'Industrial output growth of 4.5 percent in May was down from 6.1 percent in April.'),
    ('squeezed to from', -1, 'Profit margins were squeezed to 3.2 percent from 4.8 percent.'),
    ('dropped pp to', 1, 'The jobless rate dropped 0.3 percentage points to 4.9 percent.'),
    ('grew by jobs', 1, 'Employment grew by 150,000 jobs in the fourth quarter.'),
    ('shrank by', -1, 'Payrolls shrank by 45,000 in March.'),
    ('plunged yoy', -1, 'Profits at industrial firms plunged 36.7 percent year on year in the first two months.'),
    ('yoy before, surged to units', 1, 'Year-on-year, car exports surged 64 percent to 1.2 million units.'),
    ('had fallen to from', 1, 'By the end of June, the number of unemployed had fallen to 2.1 million from 2.5 million.'),
    ('bankruptcies fell', 1, 'The number of bankruptcies fell 12 percent.'),
    ('ten-year high bad', -1, 'Insolvencies rose to a ten-year high.'),
    ('cut output by', -1, 'The steel mill cut output by 20 percent due to weak demand.'),
    ('utilisation fell to from', -1, 'Utilisation rates at the plants fell to 70 percent from 85 percent.'),
    ('quickened to', 1, 'The growth of value added of the manufacturing industry quickened to 7.1 percent.'),
    ('N pp higher than', 1, 'Industrial production registered a year-on-year growth of 6.0 percent, 0.5 percentage points higher than the previous month.'),
    ('growth N pp lower than', -1, 'Growth of fixed-asset investment was 3.4 percent, 0.6 percentage points lower than in January-April.'),
    ('growth rate pp lower', -1, 'The year-on-year growth rate of exports was 2.3 percentage points lower than that of the previous quarter.'),
    ('pp faster than', 1, 'Total retail sales of consumer goods grew by 7.2 percent, 1.1 percentage points faster than the first quarter.'),
    ('unemployment pp lower than', 1, 'The surveyed unemployment rate in urban areas was 5.2 percent, 0.3 percentage points lower than last year.'),
    ('was X, down pp yoy', -1, 'Industrial capacity utilization was 74.3 percent, down 0.9 percentage points year on year.'),
    ('registered a growth of', 1, 'The output of new energy vehicles registered a growth of 35.8 percent.'),
    ('growth pp faster than average', 1, 'The added value of the equipment manufacturing industry registered a year-on-year growth of 6.8 percent, 1.2 percentage points faster than the industrial average.'),
    ('number of loss-making rose', -1, 'The number of loss-making enterprises increased by 12 percent.'),
    ('losses of loss-making dropped', 1, 'Losses of loss-making enterprises dropped 15 percent year on year.'),
    ('losses amounted, an increase', -1, 'The total losses of loss-making industrial enterprises amounted to 580 billion yuan, an increase of 20 percent.'),
    ('decline narrowed by pp', 1, 'The year-on-year decline in industrial profits narrowed by 4.3 percentage points from January-February.'),
    ('sales revenue rose to', 1, 'In the first half, the sales revenue of the software industry rose 13.4 percent to 5.5 trillion yuan.'),
    ('lowest level in six years', -1, 'Steel exports hit their lowest level in six years.'),
    ('lowest for the month since', -1, 'Crude steel output in May was the lowest for the month since 2019.'),
    ('loans record', 0, 'New loans hit a record 4.9 trillion yuan in January.'),
    ('FDI fell to', -1, 'Foreign direct investment fell 8.2 percent to 49 billion dollars.'),
    ('FDI inflows rose consecutive', 1, 'Inflows of foreign direct investment rose for a second consecutive month.'),
    ('PMI stood at, down points from', -1, 'The manufacturing PMI stood at 49.5 in May, down 0.7 points from April.'),
    ('PMI came in at, points higher', 1, 'The non-manufacturing PMI came in at 51.5, 0.4 points higher than the previous month.'),
    ('PMI dropped to a 5-month low', -1, 'The Caixin services PMI dropped to a 5-month low of 51.6.'),
    ('compared with (before) PMI fell', -1, 'Compared with the previous month, the PMI fell 0.4 points.'),
    ('against expectations (before)', -1, 'Against expectations of a slight gain, retail sales fell 0.5 percent.'),
    ('down from (before), stood at', 1, 'Down from 5.5 percent a year earlier, the unemployment rate stood at 5.1 percent.'),
    ('versus (before), were down', -1, 'Versus a year earlier, profits at large firms were down 9 percent.'),
    ('biggest fall since recession', -1, 'Industrial production posted its biggest fall since the 2009 recession.'),
    ('fastest growth since crisis', 1, 'Retail sales recorded their fastest growth since the financial crisis.'),
    ('down from before, unemployment', 1, 'Down from 4.2 percent in May, the jobless rate fell to 3.9 percent in June.'),
    ('year-on-year decline narrowed', 1, 'The year-on-year decline in exports narrowed to 1.5 percent in October.'),
    ('the 3 percent rise slowed', -1, 'The 3 percent rise in retail sales slowed in the fourth quarter.'),
    ('value added grew', 1, 'Value added of industry grew by 4.6 percent year on year in the third quarter.'),
    ('PMI edged down to', -1, 'The official manufacturing PMI edged down to 49.4 in August from 49.7.'),
    ('PMI rebounded to', 1, 'The PMI rebounded to 50.8 in February, returning to expansion territory.'),
    ('fx reserves fell', 0, "China's foreign exchange reserves fell by USD 19 billion to USD 3.11 trillion in May."),
    ('MIIT above designated size decreased', -1, 'The value added of enterprises above designated size decreased by 1.3 percent in the month.'),
    ('MIIT profits of above designated size rose', 1, 'Total profits of industrial enterprises above designated size rose 16.2 percent year on year in August.'),
    ('record trade deficit', -1, 'The country posted a record trade deficit in January.'),
]

#: the probes still wrong, with the reason
XFAIL = {
    'Compared with the same period last year, the number of newly registered businesses increased by 11 percent.':
        "'newly registered businesses' is no quantity of the lexicon: a movement of an unknown quantity beside a figure is a statistic quoted without evaluation (topics._figures)",
    'The stock index fell 2.1 percent on the day.':
        "as 'shares rose': stock indices are good quantities in the lexicon (ecosent needs them), no news by guidelines rule 10",
    'Exports did not fall in the third quarter, rising 1.2 percent from a year earlier.':
        "the negation reaches the participle after the comma ('rising' negated): negation scope, i13-r13b's area",
}


def _label(value: float) -> int:
    return 1 if value > 0.1 else -1 if value < -0.1 else 0


@pytest.mark.parametrize("construction, label, text", [
    pytest.param(c, lab, t, marks=pytest.mark.xfail(strict=True, reason=XFAIL[t])) if t in XFAIL else (c, lab, t)
    for c, lab, t in REPORT_STYLE
])
def test_the_report_probe_gets_the_label_of_the_guidelines(construction, label, text):
    assert _label(score(text)) == label, construction


def test_every_xfail_is_a_probe():
    assert set(XFAIL) <= {t for _, _, t in REPORT_STYLE}

