"""Issue 13, round 14 (i13-r14b): probes of other central banks' minutes and statements.

Sentences written to probe the rules (our own, in the register of the minutes, monetary policy
statements and press releases of the Bank of England, the ECB, the Bank of Japan, the Bank of Korea,
the RBA, Bank Negara Malaysia, the Bangko Sentral and others), each with the labels the guidelines
(docs/labelling/GUIDELINES.md: tone rules 1-11 and the inflation rule, forward-looking F1-F7, certainty
C1-C7) give it, written down before the sentence was scored. Families: reported views (rule 11),
outlooks and projections (F1, C2, rule 8, revisions by rule 10 and F6), the register's condition words
(rule 2, rule 10), company news (rule 1 against rule 4), risk nouns that name no future risk (F5, C4),
"should" of obligation against "should" of probability (C7), reported "would" (F1, C5, C6). ``None``:
the probe was written for the other measures only, or the guidelines do not decide that measure
(the certainty of a reported forecast with "would": C5 reads reported speech by its content, and the
guidelines name "reported 'would' in minutes as hedge or forecast" a thin place; the tone of risk
aversion, risk appetite and risk spreads: rule 10 names no market sentiment). The probes still wrong
are marked ``xfail(strict=True)`` with the reason. Left out as undecided: "the labour market remained
tight" (tight labour markets are strong employment and a price risk: the guidelines do not say which
decides), "capital outflows" alone (rule 10 names exchange rates but no capital flows), "the recovery
has been uneven" (not a state word of rule 2), and a central bank hiring its own staff.
"""
from __future__ import annotations

from functools import lru_cache

import pytest

from toolkit.tone import score_texts


@lru_cache(maxsize=None)
def _scored(text):
    """The score row of one probe, computed once for its three labels."""
    return score_texts([text]).iloc[0]


#: (family, text, tone, forward-looking, uncertain): the labels the guidelines give each probe (None: not
#: probed for that measure)
PROBES = [
    ('view', 'Members noted that the economy had continued to grow at a moderate pace.', 'positive', False, False),
    ('view', 'Several members judged that household consumption had weakened.', 'negative', False, False),
    ('view', 'The Board assessed that the labour market had strengthened further.', 'positive', False, False),
    ('view', "In the Council's view, economic activity remained subdued in the third quarter.", 'negative', False, False),
    ('view', 'It was noted that exports had picked up strongly.', 'positive', False, False),
    ('view', 'One member argued that the slowdown in investment was likely to persist.', 'negative', True, True),
    ('view', 'Members agreed that it was appropriate to keep the policy rate unchanged.', 'neutral', False, False),
    ('view', 'One member favoured a reduction of 25 basis points in the policy rate.', 'neutral', None, None),
    ('view', 'A few members were of the view that the policy rate should be raised at this meeting.', 'neutral', None, None),
    ('view', 'Members observed that the unemployment rate had declined to its lowest level in a decade.', 'positive', False, False),
    ('view', 'Some members pointed out that business investment remained weak.', 'negative', False, False),
    ('view', 'Members noted that growth in the euro area had slowed.', 'negative', False, False),
    ('view', 'The Council noted that inflation had eased further.', 'positive', False, False),
    ('view', 'It was noted that credit growth had remained moderate.', 'neutral', False, False),
    ('view', 'Most members considered that the risks to growth were tilted to the downside.', 'negative', True, True),
    ('view', 'Members discussed the outlook for household spending.', 'neutral', False, False),
    ('view', 'A member expressed concern that consumer confidence had deteriorated.', 'negative', False, False),
    ('view', 'Members agreed that the monetary policy stance remained appropriate.', 'neutral', False, False),
    ('view', 'One member preferred to wait for more data before changing the policy rate.', 'neutral', None, None),
    ('view', 'The Board noted that conditions in the housing market had improved.', 'positive', False, False),
    ('view', "In members' view, domestic demand had been resilient.", 'positive', False, False),
    ('view', 'The Governing Council assessed that the economy was growing at a robust pace.', 'positive', False, False),
    ('view', 'Members noted that job losses had been concentrated in manufacturing.', 'negative', False, False),
    ('view', 'It was pointed out that retail sales had fallen for a third consecutive month.', 'negative', False, False),
    ('view', 'Some members noted that exports had been weaker than expected.', 'negative', False, False),
    ('view', 'A number of members noted that financial conditions had tightened, weighing on activity.', 'negative', False, False),
    ('view', 'One member argued that the policy rate should be lowered to support the economy.', 'neutral', None, None),
    ('view', 'Members noted that business confidence had recovered to pre-pandemic levels.', 'positive', False, False),
    ('view', 'Several members noted that manufacturing output had contracted.', 'negative', False, False),
    ('view', 'Members agreed that inflationary pressures had diminished.', 'positive', False, False),
    ('view', 'It was noted that the unemployment rate had risen.', 'negative', False, False),
    ('view', 'The Board observed that household spending had been subdued.', 'negative', False, False),
    ('view', 'Members voted unanimously to hold the cash rate at 4.35 per cent.', 'neutral', False, False),
    ('view', 'Members judged that the recovery in the labour market was well under way.', 'positive', False, False),
    ('view', 'One member stressed that private investment had remained sluggish.', 'negative', False, False),
    ('view', 'Members highlighted that the services sector had performed strongly.', 'positive', False, False),
    ('view', 'The Monetary Board noted that domestic economic activity had remained firm.', 'positive', False, False),
    ('view', 'It was also noted that business sentiment had weakened in recent months.', 'negative', False, False),
    ('view', 'Several members considered that the policy rate should remain on hold.', 'neutral', None, None),
    ('view', 'Members noted that the decline in exports had eased.', 'positive', False, False),
    ('outlook', 'GDP growth is projected to pick up to 2 per cent next year.', 'positive', True, True),
    ('outlook', 'GDP growth is projected to slow to 1 per cent in 2024.', 'negative', True, True),
    ('outlook', 'In the staff projection, unemployment is expected to rise gradually.', 'negative', True, True),
    ('outlook', 'The economy is expected to grow at around its potential rate.', 'positive', True, True),
    ('outlook', 'The growth forecast for this year was revised down to 1.5 per cent.', 'negative', False, False),
    ('outlook', 'The staff marked down its projection for GDP growth in 2025.', 'negative', False, False),
    ('outlook', 'The Bank lowered its forecast for economic growth this year.', 'negative', False, False),
    ('outlook', 'The projection for inflation was revised up.', 'negative', False, False),
    ('outlook', 'The output gap is expected to close by the end of next year.', 'positive', True, True),
    ('outlook', 'Inflation is projected to return to the 2 per cent target in 2025.', 'positive', True, True),
    ('outlook', 'Inflation is expected to remain above target until mid-2025.', 'negative', True, True),
    ('outlook', 'Headline inflation is projected to decline to around 3 per cent by the end of the year.', 'positive', True, True),
    ('outlook', 'Growth is forecast to remain below potential over the projection horizon.', 'negative', True, True),
    ('outlook', 'The economy is projected to contract by 0.5 per cent this year.', 'negative', True, True),
    ('outlook', 'Economic activity is expected to recover gradually in the second half of the year.', 'positive', True, True),
    ('outlook', 'Staff revised up their forecast for GDP growth.', 'positive', False, False),
    ('outlook', 'Growth forecasts for 2024 and 2025 were both lowered.', 'negative', False, False),
    ('outlook', 'The Board expects GDP growth to strengthen to around 2.75 per cent over 2025.', 'positive', True, True),
    ('outlook', 'Underlying inflation is expected to decline gradually to the midpoint of the target range.', 'positive', True, True),
    ('outlook', 'The economy is expected to slow in the near term as tighter monetary policy weighs on demand.', 'negative', True, True),
    ('outlook', 'Inflation is projected to stay close to target over the forecast horizon.', 'positive', True, True),
    ('outlook', 'Growth is likely to be weaker than previously expected.', 'negative', True, True),
    ('outlook', 'The projection for GDP growth in 2025 was marked up slightly.', 'positive', False, False),
    ('outlook', 'The Bank expects inflation to fall back to target next year.', 'positive', True, True),
    ('outlook', 'Domestic demand is expected to remain soft in the coming quarters.', 'negative', True, True),
    ('outlook', 'The unemployment rate is forecast to edge up to 4.3 per cent.', 'negative', True, True),
    ('outlook', 'Projected growth was revised lower for both years.', 'negative', False, False),
    ('outlook', 'Exports are expected to benefit from stronger global demand.', 'positive', True, True),
    ('outlook', 'The output gap is projected to widen further next year.', 'negative', True, True),
    ('outlook', 'The economy is expected to operate below its potential for some time.', 'negative', True, True),
    ('outlook', 'Inflation is expected to return to target in the second half of 2025.', 'positive', True, True),
    ('outlook', 'The staff projection sees growth recovering to 1.5 per cent in 2025.', 'positive', True, True),
    ('outlook', 'The forecast for household consumption was lowered.', 'negative', False, False),
    ('outlook', 'The Bank raised its growth forecast for 2024 to 3.1 per cent.', 'positive', False, False),
    ('condition', 'The recovery remains fragile.', 'negative', False, False),
    ('condition', 'The economic recovery remained fragile and uneven.', 'negative', False, False),
    ('condition', 'The recovery continued in the second quarter.', 'positive', False, False),
    ('condition', 'Recovery momentum weakened in recent months.', 'negative', False, False),
    ('condition', 'The recovery in domestic demand has lost momentum.', 'negative', False, False),
    ('condition', 'The recovery is still fragile and subject to downside risks.', 'negative', True, True),
    ('condition', 'The economy has remained resilient despite higher interest rates.', 'positive', False, False),
    ('condition', 'Household consumption remained robust.', 'positive', False, False),
    ('condition', 'Labour market conditions remained robust.', 'positive', False, False),
    ('condition', 'The economy faces headwinds from weaker external demand.', 'negative', False, False),
    ('condition', 'Lower energy prices provided a tailwind to household spending.', 'positive', False, False),
    ('condition', 'There is still considerable spare capacity in the economy.', 'negative', False, False),
    ('condition', 'Spare capacity has been gradually absorbed.', 'positive', False, False),
    ('condition', 'Excess demand in the economy has added to price pressures.', 'negative', False, False),
    ('condition', 'External demand weakened further in the third quarter.', 'negative', False, False),
    ('condition', 'External demand has weakened as global growth slowed.', 'negative', False, False),
    ('condition', 'The ringgit depreciated against the US dollar.', 'neutral', False, False),
    ('condition', 'The won appreciated by 3 per cent against the dollar over the period.', 'neutral', False, False),
    ('condition', 'The depreciation of the peso has pushed up import prices.', 'negative', False, False),
    ('condition', 'The exchange rate has remained broadly stable.', 'neutral', False, False),
    ('condition', 'The stronger exchange rate weighed on exports.', 'negative', False, False),
    ('condition', 'Growth in the euro area remained sluggish.', 'negative', False, False),
    ('condition', 'Economic activity in Japan has recovered moderately.', 'positive', False, False),
    ('condition', 'Consumption has been resilient, supported by a strong labour market.', 'positive', False, False),
    ('condition', 'The housing market remained weak.', 'negative', False, False),
    ('condition', 'Business investment has been robust, supported by strong profits.', 'positive', False, False),
    ('condition', 'Global growth faces significant headwinds.', 'negative', False, False),
    ('condition', 'The labour market has loosened somewhat, with the unemployment rate rising.', 'negative', False, False),
    ('condition', 'Spare capacity in the labour market has increased.', 'negative', False, False),
    ('condition', 'Domestic demand was underpinned by resilient household spending.', 'positive', False, False),
    ('condition', 'The recovery in private consumption has been slow.', 'negative', False, False),
    ('condition', 'The economic recovery gathered pace in the first half of the year.', 'positive', False, False),
    ('condition', 'The recovery remains fragile, and the Bank will keep rates low.', 'negative', True, False),
    ('condition', 'The recovery has weakened.', 'negative', False, False),
    ('condition', 'The recovery of the economy remains fragile and incomplete.', 'negative', False, False),
    ('condition', 'Excess demand has eased.', 'positive', False, False),
    ('condition', 'The economy continued to face strong headwinds.', 'negative', False, False),
    ('condition', 'The baht appreciated sharply, weighing on export competitiveness.', 'negative', False, False),
    ('company', 'The bank plans to hire 2,000 staff over the next two years.', 'positive', True, False),
    ('company', 'The company said it would close two factories and shed 1,100 jobs.', 'negative', True, False),
    ('company', 'It would close two factories and shed 1,100 jobs.', 'negative', True, False),
    ('company', 'The lender will cut 3,000 jobs as part of a restructuring.', 'negative', True, False),
    ('company', 'The carmaker plans to shut its plant in Ohio next year.', 'negative', True, False),
    ('company', 'The retailer will open 50 new stores and hire 1,500 workers.', 'positive', True, False),
    ('company', 'The group intends to lay off 800 employees.', 'negative', True, False),
    ('company', 'The bank will close 120 branches and cut 900 positions.', 'negative', True, False),
    ('company', 'The steelmaker said it will shed 2,500 jobs by 2025.', 'negative', True, False),
    ('company', 'The company will create 400 new jobs at its factory in Penang.', 'positive', True, False),
    ('company', 'The bank plans to cut 5,000 jobs worldwide.', 'negative', True, False),
    ('company', 'It will hire 600 engineers at its new research centre.', 'positive', True, False),
    ('company', 'The board plans to close three plants and lay off 1,200 workers.', 'negative', True, False),
    ('company', 'The insurer expects to shed about 700 jobs.', 'negative', True, None),
    ('company', 'The government aims to create more than 12 million new urban jobs this year.', 'neutral', True, False),
    ('company', 'The ministry will help enterprises stabilise jobs.', 'neutral', True, False),
    ('company', 'The government will support firms that hire young workers.', 'neutral', True, False),
    ('company', 'The Bank will continue to monitor developments in the labour market.', 'neutral', True, False),
    ('company', 'Local governments will close outdated coal mines and cut excess capacity.', 'neutral', True, False),
    ('company', 'The PBC will guide banks to increase lending to small firms.', 'neutral', True, False),
    ('company', 'The Bank will keep the policy rate unchanged to support employment.', 'neutral', True, False),
    ('risk noun', 'Banks have tightened lending standards out of risk avoidance.', None, False, None),
    ('risk noun', 'Loans are classified according to risk.', 'neutral', False, None),
    ('risk noun', 'Investors showed greater risk aversion.', None, False, None),
    ('risk noun', 'Risk appetite among investors improved in the quarter.', None, False, None),
    ('risk noun', 'Risk premiums on corporate bonds narrowed.', None, False, None),
    ('risk noun', 'Risk weights on mortgage loans were raised.', 'neutral', False, None),
    ('risk noun', 'Risk-weighted assets grew by 5 per cent.', 'neutral', False, None),
    ('risk noun', 'Risk sentiment in global markets deteriorated.', None, False, None),
    ('risk noun', 'Risk-taking by banks has increased.', None, False, None),
    ('risk noun', 'Heightened risk aversion weighed on emerging market assets.', None, False, None),
    ('risk noun', 'Risk spreads widened in the period.', None, False, None),
    ('risk noun', 'Global risk appetite recovered in the second half of the year.', None, False, None),
    ('risk noun', 'Downside risks to growth have increased.', 'negative', True, True),
    ('risk noun', 'Risks to the inflation outlook are tilted to the upside.', 'negative', True, True),
    ('risk noun', 'The risk of a recession has increased.', 'negative', True, True),
    ('risk noun', 'Risks to financial stability remain elevated.', 'negative', True, True),
    ('should', 'Financial institutions should strengthen risk management.', 'neutral', True, False),
    ('should', 'Banks should maintain adequate capital buffers.', 'neutral', True, False),
    ('should', 'All parties should work together to keep the financial system stable.', 'neutral', True, False),
    ('should', 'Commercial banks should increase lending to small businesses.', 'neutral', True, False),
    ('should', 'Enterprises should step up technological innovation.', 'neutral', True, False),
    ('should', 'Fiscal policy should play a bigger role in supporting demand.', 'neutral', True, False),
    ('should', 'Regulators should closely monitor the property sector.', 'neutral', True, False),
    ('should', 'Banks should step up support for the real economy.', 'neutral', True, False),
    ('should', 'Insurers should improve their solvency positions.', 'neutral', True, False),
    ('should', 'Member states should pursue growth-friendly fiscal policies.', 'neutral', True, False),
    ('should', 'Financial institutions should continue to increase credit support to private firms.', 'neutral', True, False),
    ('should', 'Banks should further improve the quality of their financial services.', 'neutral', True, False),
    ('should', 'Demand should pick up in the second half of the year.', 'positive', True, True),
    ('should', 'Growth should remain solid next year.', 'positive', True, True),
    ('should', 'Inflation should return to target by 2025.', 'positive', True, True),
    ('should', 'Exports should benefit from the weaker currency.', 'positive', True, True),
    ('should', 'Investment should recover as financing conditions ease.', 'positive', True, True),
    ('should', 'Unemployment should edge down next year.', 'positive', True, True),
    ('should', 'Consumption should slow as savings are run down.', 'negative', True, True),
    ('would', 'Members agreed that growth would remain moderate.', 'positive', True, None),
    ('would', 'Members expected that inflation would decline gradually.', 'positive', True, True),
    ('would', 'Several members noted that unemployment would likely rise further.', 'negative', True, True),
    ('would', 'Members judged that the economy would continue to grow at a moderate pace.', 'positive', True, None),
    ('would', 'Members agreed that inflation would remain above target for some time.', 'negative', True, None),
    ('would', 'It was noted that exports would weaken as global demand slowed.', 'negative', True, None),
    ('would', 'The Board said it would publish the minutes in two weeks.', 'neutral', True, False),
    ('would', 'The Bank said it would continue to monitor developments closely.', 'neutral', True, False),
    ('would', 'Members agreed that further tightening would be appropriate if inflation persisted.', 'neutral', True, True),
    ('would', 'Members noted that investment would be held back by high borrowing costs.', 'negative', True, None),
    ('would', 'The Governor said the Bank would not hesitate to act.', 'neutral', True, False),
    ('would', 'Members agreed that domestic demand would remain robust in the near term.', 'positive', True, None),
    ('would', 'A member noted that growth would have been stronger without the strike.', None, False, True),
    ('would', 'One member thought that a rate cut would support household spending.', 'neutral', True, True),
    ('would', 'Members judged that the recovery would gather pace next year.', 'positive', True, None),
    ('would', 'Members expected that the economy would contract in the current quarter.', 'negative', True, True),
]

#: the probes still wrong, by (measure, text), with the reason
WRONG = {
    ('tone', 'Members highlighted that the services sector had performed strongly.'):
        "'performed' has no role in the lexicon, so 'strongly' has no movement to intensify",
    ('tone', 'The output gap is expected to close by the end of next year.'):
        "'close' of a gap has no reading: the gap's sign is not stated, and 'close' is no movement word",
    ('forward', 'Projected growth was revised lower for both years.'):
        "'projected' before a quantity is read as a forecast verb (a forward cue), not as a forecast noun a past word voids (F6)",
    ('uncertain', 'Projected growth was revised lower for both years.'):
        "'projected' before a quantity still counts as a hedge (C2) though the sentence reports a revision made",
    ('uncertain', 'The staff projection sees growth recovering to 1.5 per cent in 2025.'):
        "'sees' of a projection is no forecast verb in the lexicon (C2); 'projection' is a forecast noun, not a hedge",
    ('tone', 'Spare capacity has been gradually absorbed.'):
        "'absorbed' has no movement role ('absorbed losses', 'absorbed liquidity' read differently), so slack alone counts as bad news",
    ('tone', 'The bank will close 120 branches and cut 900 positions.'):
        "'positions' (jobs) is no quantity, so 'cut' pairs back over 'and' with 'plant closings' (a bad quantity cut: good news)",
    ('tone', 'One member thought that a rate cut would support household spending.'):
        "the effect of a policy a member argues for (a view about policy, rule 11) keeps the tone of 'support household spending'",
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


def test_every_wrong_probe_is_a_probe():
    texts = {p[1] for p in PROBES}
    assert all(text in texts for _, text in WRONG)
