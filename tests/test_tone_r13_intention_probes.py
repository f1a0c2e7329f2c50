"""Issue 13, round 13 (i13-r13a): probes of the intention, forward-looking and hedging rules.

Sentences written to probe the rules (our own, in the styles of FOMC, other central banks' minutes,
PBoC / MIIT statements, the Beige Book and trade press), each with the label the guidelines
(docs/labelling/GUIDELINES.md: tone rules 4, 7, 8; forward-looking F1-F7; certainty C1-C7) give it,
written down before the sentence was scored. Families: intentions and commitments (neutral unless
they state an outcome), intentions that state an outcome, forecasts that are not commitments,
observation openers ("it should be noted that"), imperatives and what is not one, forward-looking
cues and exclusions, hedges. The probes still wrong are marked ``xfail(strict=True)`` with the
reason, so the list stays honest. Probes whose label the guidelines do not decide are left out
("Contacts had expected sales to rise, but they fell": F1 against F6; "Should conditions worsen, the
Bank stands ready to cut rates": the tone of a hypothetical condition on a commitment).
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from toolkit.tone import score_texts


@lru_cache(maxsize=None)
def _scored(text):
    """The score row of one probe, computed once for its three labels."""
    return score_texts([text]).iloc[0]


#: (family, text, tone, forward-looking, uncertain): the labels the guidelines give each probe (None: the
#: probe was written for the other measures only)
PROBES = [
    ('intent', 'The PBC will continue to implement a prudent monetary policy to support the recovery of the economy.', 'neutral', True, False),
    ('intent', "The People's Bank of China will keep liquidity reasonably ample and guide financial institutions to increase lending to small firms.", 'neutral', True, False),
    ('intent', 'The ministry will guide enterprises to expand effective investment and boost consumption.', 'neutral', True, False),
    ('intent', 'MIIT will step up support for the high-quality development of the manufacturing sector.', 'neutral', True, False),
    ('intent', 'The State Council will further strengthen counter-cyclical adjustment to stabilise growth.', 'neutral', True, False),
    ('intent', 'The government will strive to stabilise employment and expand domestic demand.', 'neutral', True, False),
    ('intent', 'We will continue to implement a proactive fiscal policy and a prudent monetary policy.', 'neutral', True, False),
    ('intent', 'Local governments will speed up the issuance of special bonds to boost infrastructure investment.', 'neutral', True, False),
    ('intent', 'The government will also increase spending to support growth.', 'neutral', True, False),
    ('intent', 'The PBC will keep the growth of money supply and social financing in step with economic growth.', 'neutral', True, False),
    ('intent', 'The MIIT will promote the recovery of industrial production and stabilise the industrial chain.', 'neutral', True, False),
    ('intent', 'The Bank will keep the policy rate at 2 percent to support growth.', 'neutral', True, False),
    ('intent', 'In the next stage, the PBC will intensify counter-cyclical adjustments and strive to boost domestic demand.', 'neutral', True, False),
    ('intent', 'Going forward, the Bank will continue to support the recovery of the economy.', 'neutral', True, False),
    ('intent', 'The Committee will not hesitate to act to support the recovery.', 'neutral', True, False),
    ('intent', 'The Committee will continue to monitor the implications of incoming information for the economic outlook.', 'neutral', True, False),
    ('intent', 'The PBOC will strive to keep prices basically stable and promote the recovery of consumption.', 'neutral', True, False),
    ('intent', 'We will further deepen reform and open wider to boost the vitality of the private sector.', 'neutral', True, False),
    ('intent', 'The PBC will remain vigilant.', 'neutral', True, False),
    ('intent', 'The ministry will help enterprises reduce costs and increase profits.', 'neutral', True, False),
    ('intent', 'The government will take measures to revive consumer confidence and boost household spending.', 'neutral', True, False),
    ('intent', 'All localities and departments should strengthen the monitoring of employment and support hiring by small firms.', 'neutral', True, False),
    ('intent', 'Departments must strengthen coordination to ensure stable growth of industrial output.', 'neutral', True, False),
    ('intent', 'We need to boost consumption and expand effective investment.', 'neutral', True, False),
    ('intent', 'Local governments shall accelerate the construction of major projects to expand investment.', 'neutral', True, False),
    ('intent', 'Efforts should be made to promote the steady growth of consumption.', 'neutral', True, False),
    ('intent', 'Efforts will be made to boost exports and stabilise foreign trade.', 'neutral', True, False),
    ('intent', 'Measures will be taken to expand demand and support the recovery of the real economy.', 'neutral', True, False),
    ('intent', 'Steps will be taken to reduce the financing costs of small firms.', 'neutral', True, False),
    ('intent', 'More efforts will be made to increase the income of rural residents.', 'neutral', True, False),
    ('intent', 'It is necessary to strengthen counter-cyclical adjustment and keep economic growth within a reasonable range.', 'neutral', True, False),
    ('intent', 'It is important to stabilise market expectations and boost confidence.', 'neutral', True, False),
    ('intent', 'The Committee is committed to using its full range of tools to support the economy.', 'neutral', True, False),
    ('intent', 'The Committee remains committed to supporting maximum employment and price stability.', 'neutral', True, False),
    ('intent', 'The Bank stands ready to act to support the economy.', 'neutral', True, None),
    ('intent', 'The Bank aims to keep inflation low and stable.', 'neutral', True, False),
    ('intent', 'The ministry plans to expand support for small and medium-sized enterprises.', 'neutral', True, False),
    ('intent', 'The PBOC intends to keep the exchange rate basically stable at a reasonable and balanced level.', 'neutral', True, False),
    ('intent', 'The government aims to create more than 12 million new urban jobs this year.', 'neutral', True, False),
    ('intent', 'The ministry plans to boost the output of new energy vehicles.', 'neutral', True, False),
    ('intent', 'Continue to implement a prudent monetary policy.', 'neutral', True, False),
    ('intent', 'Strengthen counter-cyclical adjustment and keep liquidity reasonably ample.', 'neutral', True, False),
    ('intent', 'Promote the high-quality development of the manufacturing industry.', 'neutral', True, False),
    ('intent', 'Guide financial institutions to increase lending to small and micro firms.', 'neutral', True, False),
    ('intent', 'Expand domestic demand and boost consumption.', 'neutral', True, False),
    ('intent', 'Financial institutions should be guided to increase credit support for private enterprises.', 'neutral', True, False),
    ('intent', 'Enterprises will be encouraged to expand investment in new technologies.', 'neutral', True, False),
    ('intent+outcome', 'The Committee will keep rates low as growth has slowed.', 'negative', True, False),
    ('intent+outcome', 'The Bank will continue to monitor the recovery, which has strengthened.', 'positive', True, False),
    ('intent+outcome', 'Efforts will be made to support exports, which have come under pressure.', 'negative', True, False),
    ('intent+outcome', 'The PBC will step up support for small firms because their profits have fallen sharply.', 'negative', True, False),
    ('intent+outcome', 'The ministry will help enterprises expand production as demand has recovered strongly.', 'positive', True, False),
    ('intent+outcome', 'The government will increase spending amid a sharp slowdown in investment.', 'negative', True, False),
    ('intent+outcome', 'The Committee will keep rates low as long as unemployment remains high.', 'negative', True, None),
    ('intent+outcome', 'As the economy remains weak, the Bank will continue to provide support.', 'negative', True, False),
    ('intent+outcome', 'With exports falling sharply, the ministry will step up support for foreign trade firms.', 'negative', True, False),
    ('intent+outcome', 'The Bank will keep policy accommodative, given that growth has been weak.', 'negative', True, False),
    ('intent+outcome', 'The PBC will maintain a prudent policy, since the economy has recovered steadily.', 'positive', True, False),
    ('intent+outcome', 'The Committee will continue its purchases, but the recovery has lost momentum.', 'negative', True, False),
    ('intent+outcome', 'Because demand remains sluggish, the government will expand investment.', 'negative', True, False),
    ('forecast', 'Growth will pick up next year.', 'positive', True, False),
    ('forecast', 'Inflation should ease in the coming months.', 'positive', True, True),
    ('forecast', 'Exports will likely fall.', 'negative', True, True),
    ('forecast', 'Industrial output should recover in the second half.', 'positive', True, True),
    ('forecast', 'Unemployment will rise further next year.', 'negative', True, False),
    ('forecast', 'Demand for steel will remain weak.', 'negative', True, False),
    ('forecast', 'Consumption is expected to strengthen.', 'positive', True, True),
    ('forecast', 'The economy will continue to recover.', 'positive', True, False),
    ('forecast', 'Sales of new energy vehicles will keep growing rapidly this year.', 'positive', True, False),
    ('forecast', 'Growth in the euro area should slow.', 'negative', True, True),
    ('forecast', 'The Committee expects that economic growth will strengthen.', 'positive', True, True),
    ('forecast', 'We expect exports to decline next year.', 'negative', True, True),
    ('forecast', 'The ministry expects industrial output to grow by about 5 percent this year.', 'positive', True, True),
    ('forecast', 'It is expected that demand will weaken.', 'negative', True, True),
    ('forecast', 'Profits of steel makers will continue to shrink.', 'negative', True, False),
    ('forecast', 'Employment should continue to grow at a solid pace.', 'positive', True, True),
    ('forecast', 'Business investment will be weak this year.', 'negative', True, False),
    ('forward', 'Growth was stronger than expected in the first quarter.', 'positive', False, False),
    ('forward', 'Sales rose in May.', 'positive', False, False),
    ('forward', 'Retail sales rose sharply in May, according to contacts.', 'positive', False, False),
    ('forward', 'May retail sales were up 3 percent from a year earlier.', 'positive', False, False),
    ('forward', 'May saw a sharp rise in car sales.', 'positive', False, False),
    ('forward', 'The Committee discussed the economic outlook.', 'neutral', False, False),
    ('forward', 'The growth forecast was revised down last month.', 'negative', False, False),
    ('forward', 'Inflation expectations remain well anchored.', 'positive', False, False),
    ('forward', 'Employment continued to expand.', 'positive', False, False),
    ('forward', 'Contacts had expected sales to rise, but they fell.', 'negative', None, None),
    ('forward', 'Output was projected to fall in 2009, and it did.', 'negative', None, None),
    ('forward', 'The Committee decided to lower rates to support growth.', 'neutral', False, False),
    ('forward', 'The PBC decided today to cut the reserve requirement ratio by 0.5 percentage point.', 'neutral', False, False),
    ('forward', 'Going forward, employment is likely to grow at a solid pace.', 'positive', True, True),
    ('forward', 'Over the medium term, growth is projected to moderate.', 'negative', True, True),
    ('forward', 'In the coming months, retailers anticipate stronger sales.', 'positive', True, True),
    ('forward', 'Sales are likely to remain weak in the months ahead.', 'negative', True, True),
    ('forward', 'Prospects for the manufacturing sector have improved.', 'positive', True, False),
    ('forward', 'The outlook for growth was revised down last month.', 'negative', False, False),
    ('forward', 'Manufacturers said orders may pick up next quarter.', 'positive', True, True),
    ('forward', 'Many contacts expect hiring to slow next year.', 'negative', True, True),
    ('forward', 'Industrial output increased in May and June.', 'positive', False, False),
    ('forward', 'The Committee will meet again in March.', 'neutral', True, False),
    ('forward', 'Inflation is low and is expected to stay low.', 'positive', True, True),
    ('forward', 'Policy will remain accommodative for some time.', 'neutral', True, False),
    ('forward', 'Policy remains accommodative.', 'neutral', False, False),
    ('forward', 'Exporters had anticipated a rebound in orders that did not materialise.', 'negative', None, None),
    ('hedge', 'Growth appears to have slowed in the third quarter.', 'negative', False, True),
    ('hedge', 'Consumer spending seems to be picking up.', 'positive', False, True),
    ('hedge', 'Prices will possibly rise further.', 'negative', True, True),
    ('hedge', 'Risks to the outlook remain tilted to the downside.', 'negative', True, True),
    ('hedge', 'Sales were about 3 percent higher than a year ago.', 'positive', False, False),
    ('hedge', 'Output rose somewhat in the second quarter.', 'positive', False, False),
    ('hedge', 'Prices will rise further next month.', 'negative', True, False),
    ('hedge', 'The Bank said it would publish the report on Monday.', 'neutral', True, False),
    ('hedge', 'The risk-free rate rose.', 'neutral', False, False),
    ('hedge', 'The risk management department reviewed the loan book.', 'neutral', False, False),
    ('hedge', 'Volatility in financial markets has receded.', 'positive', False, True),
    ('hedge', 'May sales were weak.', 'negative', False, False),
    ('hedge', 'Survey data suggest that activity has weakened.', 'negative', False, True),
    ('hedge', 'There are signs of a recovery in investment.', 'positive', False, True),
    ('hedge', 'Output probably fell in the fourth quarter.', 'negative', False, True),
    ('hedge', 'The outlook for exports is highly uncertain.', 'negative', True, True),
    ('hedge', 'Efforts should be made to stabilise foreign trade.', 'neutral', True, False),
    ('hedge', 'Inflation expectations are stable.', 'positive', False, False),
    ('hedge', 'Demand may perhaps recover later in the year.', 'positive', True, True),
    ('forecast', 'Growth should be strong next year.', 'positive', True, True),
    ('forecast', 'Demand should be robust in the second half.', 'positive', True, True),
    ('forecast', 'Sales should be weak in the fourth quarter.', 'negative', True, True),
    ('forecast', 'Hiring should be solid over the coming months.', 'positive', True, True),
    ('forecast', 'Inflation should be lower next year.', 'positive', True, True),
    ('forecast', 'The economy should continue to grow.', 'positive', True, True),
    ('forecast', 'Exports should continue to decline in the months ahead.', 'negative', True, True),
    ('forecast', 'Manufacturing output should continue to expand at a moderate pace.', 'positive', True, True),
    ('intent', 'We should continue to implement a prudent monetary policy to support growth.', 'neutral', True, False),
    ('intent', 'The PBC should continue to keep liquidity reasonably ample.', 'neutral', True, False),
    ('intent', 'Credit support should be increased for small firms.', 'neutral', True, False),
    ('intent', 'Monetary policy should be kept prudent and neutral.', 'neutral', True, False),
    ('intent', 'Support for the real economy should be strengthened.', 'neutral', True, False),
    ('observation', 'It should be noted that exports fell sharply.', 'negative', False, False),
    ('observation', 'It must be pointed out that the recovery remains fragile.', 'negative', False, False),
    ('observation', 'It should be noted that industrial profits rose strongly in the first half.', 'positive', False, False),
    ('observation', 'It is worth noting that unemployment has declined.', 'positive', False, False),
    ('observation', 'It should also be noted that consumer demand remains weak.', 'negative', False, False),
    ('intent', 'All localities should step up efforts to stabilise employment.', 'neutral', True, False),
    ('intent', 'Relevant departments will strengthen support for foreign trade enterprises.', 'neutral', True, False),
    ('intent', 'Local governments should boost investment in infrastructure.', 'neutral', True, False),
    ('intent', 'Further improve the transmission of monetary policy to the real economy.', 'neutral', True, False),
    ('intent', 'Vigorously develop advanced manufacturing and boost industrial output.', 'neutral', True, False),
    ('intent', 'Keep the yuan exchange rate basically stable.', 'neutral', True, False),
    ('not imperative', 'Lower interest rates supported housing demand.', 'positive', False, False),
    ('not imperative', 'Support from government spending helped construction activity.', 'positive', False, False),
    ('not imperative', 'Advance bookings for hotels were strong.', 'positive', False, False),
    ('not imperative', 'Strengthening demand lifted factory orders.', 'positive', False, False),
    ('forward', 'Downside risks to growth remain.', 'negative', True, True),
    ('forward', 'The Bank will maintain stimulus as long as the recovery remains fragile.', 'negative', True, None),
    ('forward', 'Growth may have slowed in the third quarter.', 'negative', False, True),
    ('intent', 'The PBC will cut the reserve requirement ratio by 0.25 percentage point to support the real economy.', 'neutral', True, False),
    ('intent', 'We will keep the RMB exchange rate basically stable and strengthen support for private firms.', 'neutral', True, False),
    ('intent', 'The Bank will continue to provide liquidity to ensure the smooth functioning of markets.', 'neutral', True, False),
    ('intent', 'The government will issue 1 trillion yuan of special treasury bonds to boost investment.', 'neutral', True, False),
    ('intent', 'MIIT will work with relevant departments to stabilise industrial growth.', 'neutral', True, False),
    ('intent', 'It is necessary to further expand domestic demand and promote a sustained recovery.', 'neutral', True, False),
    ('intent', 'It is important to keep economic growth within a reasonable range.', 'neutral', True, False),
    ('intent', 'We must firmly boost consumption and stabilise employment.', 'neutral', True, False),
    ('intent', 'Financial institutions need to increase lending to manufacturing firms.', 'neutral', True, False),
    ('intent', 'Greater efforts will be made to boost the consumption of new energy vehicles.', 'neutral', True, False),
    ('intent', 'Efforts must be made to revive the housing market.', 'neutral', True, False),
    ('intent', 'Targeted measures will be taken to support the growth of exports.', 'neutral', True, False),
    ('intent', 'The Committee stands ready to use all its tools to support the economy.', 'neutral', True, None),
    ('intent', 'The government is committed to stabilising growth and employment.', 'neutral', True, False),
    ('intent', 'The ministry aims to raise industrial output by 6 percent this year.', 'neutral', True, False),
    ('intent', 'Local governments plan to expand investment in infrastructure.', 'neutral', True, False),
    ('intent', 'The Committee intends to maintain accommodative policy to support growth.', 'neutral', True, False),
    ('intent', 'We will strive to achieve GDP growth of around 5 percent.', 'neutral', True, False),
    ('intent', 'The ministry will step up efforts to stabilise the auto market.', 'neutral', True, False),
    ('intent', 'In the next phase, the ministry will further boost the output of key industries.', 'neutral', True, False),
    ('intent', 'To support the recovery, the Bank will keep the policy rate low.', 'neutral', True, False),
    ('intent', 'The PBC will also guide banks to lower lending rates for small firms.', 'neutral', True, False),
    ('intent', 'The State Council shall strengthen support for employment.', 'neutral', True, False),
    ('intent', 'The PBC will keep liquidity reasonably ample and guide a steady growth of credit.', 'neutral', True, False),
    ('intent', 'Support for small businesses will be increased.', 'neutral', True, False),
    ('intent', 'The construction of new infrastructure will be accelerated.', 'neutral', True, False),
    ('intent+outcome', 'The ministry will support the auto industry, whose sales have fallen for six months.', 'negative', True, False),
    ('intent+outcome', 'The Bank will cut rates further because inflation has fallen well below target and growth has weakened.', 'negative', True, False),
    ('intent+outcome', 'Amid weak external demand, the government will expand domestic consumption.', 'negative', True, False),
    ('intent+outcome', 'Given the sharp fall in exports, the ministry will step up support for foreign trade.', 'negative', True, False),
    ('intent+outcome', 'The PBC will keep policy prudent, but credit demand remains weak.', 'negative', True, False),
    ('intent+outcome', 'Although industrial output has recovered strongly, the ministry will continue to support manufacturers.', 'positive', True, False),
    ('intent+outcome', 'While the economy has improved, the Committee will keep rates unchanged.', 'positive', True, False),
    ('forecast', 'Retail sales will grow by about 8 percent this year.', 'positive', True, False),
    ('forecast', 'Unemployment will likely remain elevated for some time.', 'negative', True, True),
    ('forecast', 'Steel output is set to decline next year.', 'negative', True, True),
    ('forecast', 'Demand is likely to remain soft in the near term.', 'negative', True, True),
    ('forecast', 'Exports could rebound strongly in the second half.', 'positive', True, True),
    ('forecast', 'Consumer spending might weaken further.', 'negative', True, True),
    ('forecast', 'Higher tariffs would hurt exports.', 'negative', True, True),
    ('forecast', 'Hiring should pick up in the spring.', 'positive', True, True),
    ('forecast', 'Profits should improve as costs ease.', 'positive', True, True),
    ('forecast', 'Contacts anticipate that sales will weaken next quarter.', 'negative', True, True),
    ('forecast', 'The ministry expects exports to recover gradually.', 'positive', True, True),
    ('forecast', 'The Bank projects that unemployment will decline over the next two years.', 'positive', True, True),
    ('forward', 'Going forward, demand for chips should remain strong.', 'positive', True, True),
    ('forward', 'In the period ahead, growth is expected to slow.', 'negative', True, True),
    ('forward', 'Next year, investment is projected to rise.', 'positive', True, True),
    ('forward', 'Investment rose strongly last year.', 'positive', False, False),
    ('forward', 'Exports declined in the first quarter.', 'negative', False, False),
    ('forward', 'Consumer confidence has improved recently.', 'positive', False, False),
    ('forward', 'Inflation fell as expected.', 'positive', False, False),
    ('forward', 'Sales were weaker than anticipated in the holiday season.', 'negative', False, False),
    ('forward', 'The growth forecast for 2023 was raised to 5.2 percent.', 'positive', False, False),
    ('forward', 'The outlook for exports has deteriorated.', 'negative', True, False),
    ('forward', 'The Committee voted to raise the target range to 5 percent.', 'neutral', False, False),
    ('forward', 'Home sales fell in May and June.', 'negative', False, False),
    ('forward', 'Since May, exports have recovered.', 'positive', False, False),
    ('hedge', 'Exports may face greater uncertainty.', 'negative', True, True),
    ('hedge', 'Higher oil prices could push inflation up.', 'negative', True, True),
    ('hedge', 'Inflation will probably ease next year.', 'positive', True, True),
    ('hedge', 'Demand seems to have weakened.', 'negative', False, True),
    ('hedge', 'Uncertainty about trade policy remains high.', 'negative', False, True),
    ('hedge', 'A further decline in exports is possible.', 'negative', True, True),
    ('hedge', 'Output grew roughly 4 percent.', 'positive', False, False),
    ('hedge', 'Sales rose modestly.', 'positive', False, False),
    ('hedge', 'Exports will rise next year.', 'positive', True, False),
    ('hedge', 'Small firms remain vulnerable to higher borrowing costs.', 'negative', False, True),
    ('hedge', 'The market is unlikely to improve significantly.', 'negative', True, True),
    ('forward', 'If demand weakens, prices could fall.', None, True, True),
    ('forward', 'Unless conditions improve, firms may cut jobs.', None, True, True),
    ('forward', 'Should conditions worsen, the Bank stands ready to cut rates.', None, True, True),
    ('forward', 'Without the strike, output would have risen.', None, False, True),
    ('forward', 'The projections were revised last month.', None, False, False),
    ('hedge', 'The projections assume that oil prices stay at current levels.', None, True, True),
    ('forward', 'Should demand weaken further, the ministry will increase support.', None, True, True),
    ('forward', 'Without the drought, farm output could have increased.', None, False, True),
    ('hedge', 'Growth may possibly slow if demand weakens further.', None, True, True),
    ('intent', 'The Committee will not raise rates until the recovery is firmly established.', None, True, False),
    ('forecast', 'The trade surplus will narrow as imports pick up.', None, True, False),
    ('forecast', 'It will take time for the recovery to gain momentum.', None, True, False),
    ('hedge', 'The housing market appears to be stabilising.', None, False, True),
]

#: the probes still wrong, by (measure, text), with the reason
WRONG = {
    ('tone', 'Efforts will be made to support exports, which have come under pressure.'):
        "'come under pressure' is not in the lexicon",
    ('tone', 'Profits of steel makers will continue to shrink.'):
        "pairing window: 'profits of steel makers will continue to shrink' is too far apart (not an intention rule)",
    ('forward', 'A further decline in exports is possible.'):
        "'possible' is a hedge but no forward cue ('was possible' is the past)",
    ('uncertain', 'The Bank projects that unemployment will decline over the next two years.'):
        "the verb 'projects' is not told from the noun ('infrastructure projects'), so it is no hedge",
}


def _cases(column: int, measure: str) -> list:
    """The probes labelled for ``measure`` (the ``column`` of :data:`PROBES`), the wrong ones marked
    ``xfail(strict=True)`` with their reason."""
    return [pytest.param(p[1], p[column], marks=[pytest.mark.xfail(strict=True, reason=WRONG[measure, p[1]])]
                         if (measure, p[1]) in WRONG else []) for p in PROBES if p[column] is not None]


@pytest.mark.parametrize("text, label", _cases(2, "tone"))
def test_tone_probe(text, label):
    assert _scored(text)["label"] == label


@pytest.mark.parametrize("text, forward", _cases(3, "forward"))
def test_forward_looking_probe(text, forward):
    assert bool(_scored(text)["forward_looking"]) is forward


@pytest.mark.parametrize("text, uncertain", _cases(4, "uncertain"))
def test_certainty_probe(text, uncertain):
    assert bool(_scored(text)["uncertainty"] > 0) is uncertain


def test_several_hedges_count_more_than_one():
    assert _scored("Growth may possibly slow if demand weakens further.")["uncertainty"] > \
        _scored("Growth may slow.")["uncertainty"] > 0


@pytest.mark.parametrize("text, term, stance", [
    ("The Committee will keep rates low as long as unemployment remains high.", "unemployment high", "observation"),
    ("It should be noted that exports fell sharply.", "exports fell", "observation"),
    ("Sales should be weak in the fourth quarter.", "sales weak", "observation"),
    ("Expand domestic demand and boost consumption.", "boost consumption", "intention"),
    ("Efforts should be made to promote the steady growth of consumption.", "growth", "intention"),
])
def test_terms_say_whether_they_sit_in_an_intention(text, term, stance):
    """Issue 13 item 3: users filter ``terms`` on ``Term.stance`` ("intention" / "observation")."""
    found = {t.term: t.stance for t in _scored(text)["terms"]}
    assert found[term] == stance
