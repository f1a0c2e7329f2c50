"""Issue 13, round 14 (i13-r14d): probes of company news, the register of the held-out financial-news check.

Short news sentences about listed firms, our own (none from the Financial PhraseBank or any labelled set), in many
wordings, industries and currencies: results (profits, sales, EPS, margins, losses that narrow or widen, the Nordic
report style with the year-earlier figure in brackets), orders and contracts (won, cancelled, lost), jobs and
capacity (cuts, layoffs, hiring, plants closed or opened), guidance (raised, cut, reiterated; forecasts of the
firm), neutral company facts (acquisitions, agreements to buy or sell, appointments, listings, reports published),
market words (ratings, market share, demand, debt), plans reported with "said it will", and headlines ("Componenta
to cut 140 jobs"). Each probe's three labels (tone, forward-looking, uncertain; None: not probed) were written from
docs/labelling/GUIDELINES.md BEFORE it was scored: a firm's plan states an outcome (a plant to close is -1, rule 4
is about the institution), an order won is +1 (as round 13), a forecast revision is a forecast (rule 10) but a
revision made (F6: not forward-looking), a deal, an acquisition or a value stated without evaluation is 0 (rule 5).
Not repeated from round 13's tests/test_tone_probes_company_news.py. Left out as undecided by the guidelines: share
price moves (rule 10 says 0, the lexicon reads shares as good news), price increases of a seller, "results were in
line with expectations", "signed an agreement to supply", a bare "co-operation negotiations concerning 300
employees", "will invest EUR 40 mn in its plant", "will build a new battery plant", "expects to break even", a
rating "placed on review for downgrade", "affirmed with a stable outlook", "subject to regulatory approval". The
probes still wrong are marked ``xfail(strict=True)`` with the reason.
"""
from __future__ import annotations

import pytest

from conftest import probe_cases, probe_row


#: (family, text, tone, forward-looking, uncertain): the labels the guidelines give each probe (None: not probed)
PROBES = [
    ('results', 'Operating profit rose to SEK 412 mn from SEK 355 mn in the previous quarter.', 'positive', False, False),
    ('results', "The group's net sales decreased by 7.5 % to GBP 84.3 million.", 'negative', False, False),
    ('results', 'The bank swung to a loss of USD 45 million in the fourth quarter.', 'negative', False, False),
    ('results', 'Pretax loss totalled EUR 1.4 mn, compared with a pretax profit of EUR 0.6 mn in 2006.', 'negative', False, False),
    ('results', 'Pre-tax loss totalled EUR 5.2 mn.', 'negative', False, False),
    ('results', "The company's profit margin improved to 12.1 % from 10.4 %.", 'positive', False, False),
    ('results', "Third-quarter profit missed analysts' estimates.", 'negative', False, False),
    ('results', "Quarterly sales topped analysts' forecasts.", 'positive', False, False),
    ('results', 'Earnings per share came in below market expectations.', 'negative', False, False),
    ('results', 'Net income jumped 34 percent to USD 210 million.', 'positive', False, False),
    ('results', 'Operating income slumped to JPY 12.4 billion from JPY 30.1 billion.', 'negative', False, False),
    ('results', 'Net profit attributable to shareholders climbed 18 percent to RMB 2.3 billion.', 'positive', False, False),
    ('results', 'Revenue slipped 2 percent to INR 4,120 crore.', 'negative', False, False),
    ('results', 'Comparable operating profit increased by 21 % to EUR 48 mn.', 'positive', False, False),
    ('results', 'Group turnover fell by 9 percent in the first nine months.', 'negative', False, False),
    ('results', 'Net sales in the packaging segment grew by 6 % to EUR 110 mn.', 'positive', False, False),
    ('results', 'Operating profit for the review period declined to EUR 3.9 mn.', 'negative', False, False),
    ('results', 'The period-end order backlog was EUR 512 mn, up 14 % year on year.', 'positive', False, False),
    ('results', 'The operating loss narrowed to EUR 0.8 mn from EUR 2.7 mn.', 'positive', False, False),
    ('results', 'The net loss for the quarter widened to SEK 96 mn.', 'negative', False, False),
    ('results', 'The company posted a net profit of USD 12 million, against a loss of USD 8 million a year ago.', 'positive', False, False),
    ('results', 'Sales volumes rose 11 percent in the quarter.', 'positive', False, False),
    ('results', 'Shipments of the smartphone maker dropped 15 percent year-on-year.', 'negative', False, False),
    ('results', 'The mining group reported a 40 percent fall in half-year earnings.', 'negative', False, False),
    ('results', 'The retailer reported a 6 percent increase in same-store sales.', 'positive', False, False),
    ('results', 'Gross profit decreased to GBP 31.0 million from GBP 36.5 million.', 'negative', False, False),
    ('results', 'Operating cash flow weakened to EUR 2.1 mn.', 'negative', False, False),
    ('results', 'Return on equity improved to 11.2 percent.', 'positive', False, False),
    ('results', "The airline's passenger numbers increased by 8 % in March.", 'positive', False, False),
    ('results', 'Passenger traffic decreased by 4.3 percent in January.', 'negative', False, False),
    ('results', 'The load factor improved by 2.1 percentage points to 81.4 %.', 'positive', False, False),
    ('results', 'Net interest income decreased to EUR 88 mn.', 'negative', False, False),
    ('results', 'The company doubled its operating profit in 2023.', 'positive', False, False),
    ('results', 'The company more than halved its net loss.', 'positive', False, False),
    ('results', 'Sales of the chemicals division were down 12 % at EUR 64 mn.', 'negative', False, False),
    ('results', 'Net sales were up 4 % at USD 1.9 billion.', 'positive', False, False),
    ('results', 'Profit before tax was EUR 6.8 mn (EUR 4.2 mn).', 'positive', False, False),
    ('results', 'Operating profit was EUR 1.5 mn (EUR 3.9 mn).', 'negative', False, False),
    ('results', 'The company recorded an operating loss of EUR 2.2 mn.', 'negative', False, False),
    ('results', 'The company made a net loss of GBP 3.4 million in the year.', 'negative', False, False),
    ('results', 'Profitability remained weak in the consumer business.', 'negative', False, False),
    ('results', 'Profitability was strong in all regions.', 'positive', False, False),
    ('results', 'The result was boosted by higher volumes and lower costs.', 'positive', False, False),
    ('results', 'Earnings were hurt by higher energy prices.', 'negative', False, False),
    ('results', 'The quarter was marked by weak demand in construction.', 'negative', False, False),
    ('results', 'Sales grew in all market areas.', 'positive', False, False),
    ('results', 'Deliveries increased to 1,240 units from 1,050 units.', 'positive', False, False),
    ('results', 'Production volumes fell to 210,000 tonnes from 260,000 tonnes.', 'negative', False, False),
    ('results', 'The company’s earnings improved significantly in the second half.', 'positive', False, False),
    ('results', 'The unit posted its first profit in five years.', 'positive', False, False),
    ('results', 'Net sales totalled EUR 64.2 mn.', 'neutral', False, False),
    ('results', 'Earnings per share were EUR 0.25.', 'neutral', False, False),
    ('results', 'Full-year revenue reached a record USD 5.6 billion.', 'positive', False, False),
    ('results', 'Costs rose faster than sales.', 'negative', False, False),
    ('results', 'Fixed costs decreased by EUR 4 mn.', 'positive', False, False),
    ('results', 'Raw material costs increased sharply in the quarter.', 'negative', False, False),
    ('orders', 'The company won a contract worth EUR 12 mn to supply cranes to a port in Poland.', 'positive', False, False),
    ('orders', 'The engineering group has received an order for two paper machines from China.', 'positive', False, False),
    ('orders', 'The deal is valued at USD 350 million.', 'neutral', False, False),
    ('orders', 'The order backlog grew to EUR 1.9 bn.', 'positive', False, False),
    ('orders', 'The order backlog decreased to EUR 410 mn from EUR 480 mn.', 'negative', False, False),
    ('orders', 'New orders fell 22 percent in the quarter.', 'negative', False, False),
    ('orders', 'Orders received increased by 9 % to EUR 302 mn.', 'positive', False, False),
    ('orders', 'The company has been awarded a USD 60 million contract by the US Navy.', 'positive', False, False),
    ('orders', 'The shipyard secured an order for three ferries.', 'positive', False, False),
    ('orders', 'The customer cancelled an order for 20 aircraft.', 'negative', False, False),
    ('orders', 'The contract was terminated by the customer.', 'negative', False, False),
    ('orders', 'The company lost a major contract with a British retailer.', 'negative', False, False),
    ('orders', 'Order intake weakened towards the end of the year.', 'negative', False, False),
    ('orders', 'Demand for the group’s services remained strong.', 'positive', False, False),
    ('orders', 'The contract includes maintenance for ten years.', 'neutral', False, False),
    ('orders', 'Deliveries under the contract will begin in 2025.', 'neutral', True, False),
    ('orders', 'The order will be booked in the third quarter.', 'neutral', True, False),
    ('orders', 'The value of the deal was not disclosed.', 'neutral', False, False),
    ('orders', 'The order is the largest in the company’s history.', 'positive', False, False),
    ('orders', 'Orders from the automotive industry picked up.', 'positive', False, False),
    ('orders', 'Customers postponed orders because of the uncertain economy.', 'negative', False, True),
    ('jobs', 'The company will cut 120 jobs in Sweden.', 'negative', True, False),
    ('jobs', 'The group will close its plant in Kotka.', 'negative', True, False),
    ('jobs', 'The carmaker plans to close its factory in Belgium next year.', 'negative', True, False),
    ('jobs', 'The company plans to hire 300 people this year.', 'positive', True, False),
    ('jobs', 'The retailer will create 1,000 new jobs in the UK.', 'positive', True, False),
    ('jobs', 'The company will open a new factory in Vietnam.', 'positive', True, False),
    ('jobs', 'The group will expand capacity at its Oulu mill.', 'positive', True, False),
    ('jobs', 'The company is expanding production capacity in Mexico.', 'positive', False, False),
    ('jobs', 'The company started co-operation negotiations to reduce its workforce by up to 60 people.', 'negative', False, False),
    ('jobs', 'The negotiations may lead to the loss of 45 jobs.', 'negative', True, True),
    ('jobs', 'The workforce was reduced by 250 people during the year.', 'negative', False, False),
    ('jobs', 'Some 400 employees were laid off temporarily.', 'negative', False, False),
    ('jobs', 'The mill will lay off its staff temporarily for three weeks.', 'negative', True, False),
    ('jobs', 'The company cut 500 jobs in 2023.', 'negative', False, False),
    ('jobs', 'Headcount increased to 2,350 from 2,100.', 'positive', False, False),
    ('jobs', 'The number of employees decreased by 80.', 'negative', False, False),
    ('jobs', 'The plant was closed in June.', 'negative', False, False),
    ('jobs', 'The company is shutting down its Dutch operations.', 'negative', False, False),
    ('jobs', 'The company will reduce production capacity by 200,000 tonnes.', 'negative', True, False),
    ('jobs', 'Production was curtailed because of weak demand.', 'negative', False, False),
    ('jobs', 'The company will move production from Finland to Estonia.', 'neutral', True, False),
    ('jobs', 'The new line will be operational in the autumn.', 'neutral', True, False),
    ('jobs', 'The new plant will employ 150 people.', 'positive', True, False),
    ('jobs', 'Capacity utilisation rose to 92 percent.', 'positive', False, False),
    ('jobs', 'Capacity utilisation remained low.', 'negative', False, False),
    ('jobs', 'The staff cuts will be completed by the end of 2024.', 'negative', True, False),
    ('jobs', 'The redundancies will affect about 90 employees.', 'negative', True, False),
    ('guidance', 'The company expects its net sales to grow in 2025.', 'positive', True, True),
    ('guidance', 'The group raised its full-year guidance.', 'positive', False, False),
    ('guidance', 'The company cut its outlook for the year.', 'negative', False, False),
    ('guidance', "The company expects operating profit to remain at last year's level.", 'neutral', True, True),
    ('guidance', 'The company sees demand weakening in the second half.', 'negative', True, None),
    ('guidance', 'The company raised its forecast for full-year profit.', 'positive', False, False),
    ('guidance', 'The company lowered its sales target for 2024.', 'negative', False, False),
    ('guidance', 'Net sales are expected to increase by 5-10 %.', 'positive', True, True),
    ('guidance', 'Operating profit is expected to decrease from the previous year.', 'negative', True, True),
    ('guidance', 'The company anticipates a slight improvement in profitability.', 'positive', True, True),
    ('guidance', 'The group expects a weaker second half.', 'negative', True, True),
    ('guidance', 'The company forecasts revenue growth of 8 percent next year.', 'positive', True, True),
    ('guidance', 'Full-year operating profit is estimated to be lower than in 2023.', 'negative', True, True),
    ('guidance', 'The company estimates that its net sales will grow by about 10 %.', 'positive', True, True),
    ('guidance', 'The company does not expect a recovery in demand this year.', 'negative', True, True),
    ('guidance', 'Demand is expected to remain weak in the first quarter.', 'negative', True, True),
    ('guidance', 'The market is expected to recover in 2025.', 'positive', True, True),
    ('guidance', 'The company expects profitability to improve in the second half.', 'positive', True, True),
    ('guidance', 'Market conditions are expected to remain challenging.', 'negative', True, True),
    ('guidance', 'The company expects demand to stay strong.', 'positive', True, True),
    ('guidance', 'The company upgraded its earnings forecast.', 'positive', False, False),
    ('guidance', 'The group kept its guidance unchanged.', 'neutral', False, False),
    ('guidance', 'The company confirmed its outlook for 2024.', 'neutral', None, False),
    ('guidance', 'The outlook for the rest of the year is positive.', 'positive', True, False),
    ('guidance', 'The company’s prospects have weakened.', 'negative', True, False),
    ('guidance', 'The company said it is on track to meet its targets.', 'positive', False, False),
    ('guidance', 'The company will not reach its profitability target this year.', 'negative', True, False),
    ('guidance', 'Sales will grow by 15 percent next year, the CEO said.', 'positive', True, False),
    ('guidance', 'Profit will fall in the current quarter.', 'negative', True, False),
    ('guidance', 'The company warned that sales could decline.', 'negative', True, True),
    ('guidance', 'Operating profit may weaken compared with 2023.', 'negative', True, True),
    ('facts', 'The company acquired the entire share capital of a German logistics firm.', 'neutral', False, False),
    ('facts', 'The group sold its forestry unit to a private equity fund.', 'neutral', False, False),
    ('facts', 'The company will divest its Asian operations.', 'neutral', True, False),
    ('facts', 'The acquisition will be financed with cash.', 'neutral', True, False),
    ('facts', 'The board of directors appointed Maria Lind as chief executive officer.', 'neutral', False, False),
    ('facts', 'He will take up his post on 1 June.', 'neutral', True, False),
    ('facts', 'The company launched a new range of electric forklifts.', 'neutral', False, False),
    ('facts', 'The company will launch the product in Europe in the spring.', 'neutral', True, False),
    ('facts', 'The company is headquartered in Oslo.', 'neutral', False, False),
    ('facts', 'The shares will be listed on Nasdaq Helsinki on 3 May.', 'neutral', True, False),
    ('facts', 'The board decided to convene an extraordinary general meeting.', 'neutral', False, False),
    ('facts', 'The board proposes that no dividend be paid.', 'negative', False, False),
    ('facts', 'The company has operations in 25 countries.', 'neutral', False, False),
    ('facts', 'The company was founded in 1962.', 'neutral', False, False),
    ('facts', 'The company is a subsidiary of a Japanese trading house.', 'neutral', False, False),
    ('facts', 'The group has about 4,800 employees.', 'neutral', False, False),
    ('facts', 'The company signed a letter of intent with a Chinese partner.', 'neutral', False, False),
    ('facts', 'The company will change its name to Nordic Steel Oyj.', 'neutral', True, False),
    ('facts', 'The company will publish its financial statements on 8 February.', 'neutral', True, False),
    ('facts', 'The subsidiary will be merged into the parent company.', 'neutral', True, False),
    ('facts', 'The company opened a sales office in Dubai.', 'neutral', False, False),
    ('facts', 'The new CEO has worked at the company since 2015.', 'neutral', False, False),
    ('facts', 'The company specialises in water treatment equipment.', 'neutral', False, False),
    ('facts', 'The shares will be traded under the ticker NSTL.', 'neutral', True, False),
    ('facts', 'The purchase price was EUR 14 mn.', 'neutral', False, False),
    ('facts', 'The company bought back 100,000 of its own shares.', 'neutral', False, False),
    ('facts', 'The company will issue bonds worth EUR 200 mn.', 'neutral', True, False),
    ('facts', 'The plant produces paperboard for packaging.', 'neutral', False, False),
    ('facts', 'The company filed for an initial public offering.', 'neutral', False, False),
    ('market', "Fitch upgraded the utility's rating to BBB+.", 'positive', False, False),
    ('market', "Moody's lowered the bank's rating to Baa3.", 'negative', False, False),
    ('market', 'Analysts upgraded the stock to buy.', 'positive', False, False),
    ('market', 'The company’s market share declined in Germany.', 'negative', False, False),
    ('market', 'The company gained market share in all segments.', 'positive', False, False),
    ('market', 'Competition intensified in the Nordic market.', 'negative', False, False),
    ('market', 'Sales prices of pulp fell during the quarter, weighing on earnings.', 'negative', False, False),
    ('market', 'Higher selling prices lifted the operating margin.', 'positive', False, False),
    ('market', 'The company faces weak demand in its main markets.', 'negative', False, False),
    ('market', 'The company is benefiting from strong demand for data centre equipment.', 'positive', False, False),
    ('market', 'Market demand for steel products remained sluggish.', 'negative', False, False),
    ('market', 'The construction market in Finland continued to weaken.', 'negative', False, False),
    ('market', 'The property market showed signs of recovery.', 'positive', False, True),
    ('market', 'The company is facing financial difficulties.', 'negative', False, False),
    ('market', 'The company breached its loan covenants.', 'negative', False, False),
    ('market', 'The company has entered into a debt restructuring agreement with its creditors.', 'negative', False, False),
    ('market', 'The company’s debt fell to EUR 120 mn.', 'positive', False, False),
    ('market', 'Net debt increased to EUR 410 mn.', 'negative', False, False),
    ('market', 'The equity ratio improved to 45 percent.', 'positive', False, False),
    ('market', 'Gearing rose to 85 percent.', 'negative', False, False),
    ('results', 'Net sales totalled EUR 93.4 mn (EUR 81.0 mn).', 'positive', False, False),
    ('results', 'Operating profit amounted to EUR 2.0 mn (EUR 5.1 mn).', 'negative', False, False),
    ('results', 'Earnings per share were EUR 0.31 (0.22).', 'positive', False, False),
    ('results', 'Order intake was EUR 58 mn (EUR 71 mn) in the second quarter.', 'negative', False, False),
    ('results', 'The operating margin was 7.4 % (9.8 %).', 'negative', False, False),
    ('results', 'The operating loss was EUR 1.2 mn (EUR 3.3 mn).', 'positive', False, False),
    ('results', 'The pre-tax loss amounted to EUR 4.6 mn (EUR 0.9 mn).', 'negative', False, False),
    ('results', 'Operating profit was EUR 4.4 mn (a loss of EUR 0.7 mn).', 'positive', False, False),
    ('results', 'Net sales in the third quarter totalled EUR 31.7 mn (EUR 33.0 mn in the corresponding period in 2007).', 'negative', False, False),
    ('results', 'EBITDA amounted to SEK 780 mn (SEK 650 mn).', 'positive', False, False),
    ('jobs', 'The company decided to close its sawmill in Lieksa.', 'negative', False, False),
    ('jobs', 'The group is to close two stores in Tallinn.', 'negative', True, False),
    ('jobs', 'The company announced it would shut its factory in Wales.', 'negative', True, False),
    ('jobs', 'The retailer plans to open 40 new stores next year.', 'positive', True, False),
    ('jobs', 'The chain opens five new restaurants in Poland.', 'positive', False, False),
    ('reported', 'Wartsila said it will cut 300 jobs in Finland.', 'negative', True, False),
    ('reported', 'The group said its operating profit rose to EUR 21 mn.', 'positive', False, False),
    ('reported', 'The company said its net sales fell 4 % in the first quarter.', 'negative', False, False),
    ('reported', 'The insurer said it expects premiums to grow in 2025.', 'positive', True, True),
    ('reported', 'The chipmaker warned that demand would weaken in the second half.', 'negative', True, True),
    ('reported', 'The airline said passenger numbers rose 6 % in May.', 'positive', False, False),
    ('reported', 'According to the company, the order backlog has grown.', 'positive', False, False),
    ('reported', 'The retailer said it had closed 12 stores during the year.', 'negative', False, False),
    ('reported', 'The company said it would publish its annual report in March.', 'neutral', True, False),
    ('reported', 'The company said its profit would fall short of last year.', 'negative', True, True),
    ('reported', 'The bank said its loan losses rose in the quarter.', 'negative', False, False),
    ('reported', 'The brewer said beer volumes declined in Russia.', 'negative', False, False),
    ('reported', 'The telecom operator said it gained 40,000 new subscribers.', 'positive', False, False),
    ('reported', 'The company said it has lost customers to cheaper rivals.', 'negative', False, False),
    ('reported', 'The company said it is in talks to sell its steel unit.', 'neutral', False, False),
    ('reported', 'The group said sales in Asia more than doubled.', 'positive', False, False),
    ('reported', 'The company said the closure would affect 85 employees.', 'negative', True, True),
    ('reported', 'The company said it will hire 60 engineers in Tampere.', 'positive', True, False),
    ('results2', 'Net sales of the Finnish forest products group totalled EUR 1.2 bn (EUR 1.4 bn).', 'negative', False, False),
    ('results2', 'Operating profit excluding non-recurring items was EUR 17.5 mn (EUR 12.8 mn).', 'positive', False, False),
    ('results2', 'Earnings per share were EUR -0.12 (EUR 0.05).', 'negative', False, False),
    ('results2', 'Cash flow from operating activities was EUR 14.2 mn (EUR 9.1 mn).', 'positive', False, False),
    ('results2', 'The number of personnel decreased to 1,850 (2,020).', 'negative', False, False),
    ('results2', 'Net sales in the quarter amounted to USD 72 million, up 15 % from a year ago.', 'positive', False, False),
    ('results2', 'Revenues were down 3 % year-on-year at GBP 210 million.', 'negative', False, False),
    ('results2', 'The company’s operating result weakened clearly.', 'negative', False, False),
    ('results2', 'Sales of new cars fell to their lowest level in a decade.', 'negative', False, False),
    ('results2', 'The mobile operator lost 25,000 subscribers in the quarter.', 'negative', False, False),
    ('results2', 'The company returned to growth in the third quarter.', 'positive', False, False),
    ('results2', 'Profit after tax grew by one third.', 'positive', False, False),
    ('results2', 'Sales in the Baltic countries developed favourably.', 'positive', False, False),
    ('results2', 'Sales in Russia developed weakly.', 'negative', False, False),
    ('results2', 'The result for the period was a loss of EUR 0.3 mn.', 'negative', False, False),
    ('results2', 'The gross margin declined to 31 % due to price pressure.', 'negative', False, False),
    ('results2', 'Volumes in the Nordic countries grew strongly.', 'positive', False, False),
    ('results2', 'Net financial expenses increased to EUR 3.2 mn.', 'negative', False, False),
    ('results2', 'Financial expenses fell to EUR 1.1 mn from EUR 2.0 mn.', 'positive', False, False),
    ('results2', 'Demand for pulp weakened towards the end of the year.', 'negative', False, False),
    ('orders2', 'The value of the agreement is some EUR 3 mn.', 'neutral', False, False),
    ('orders2', 'The order comprises 12 rock crushers to be delivered in 2025.', 'neutral', True, False),
    ('orders2', 'The company booked orders worth EUR 90 mn in the quarter, up from EUR 60 mn.', 'positive', False, False),
    ('orders2', 'Orders for the new model have exceeded expectations.', 'positive', False, False),
    ('orders2', 'The shipyard has not received any new orders this year.', 'negative', False, False),
    ('orders2', 'The company failed to win the tender.', 'negative', False, False),
    ('jobs2', 'The company cut its workforce by 10 percent last year.', 'negative', False, False),
    ('jobs2', 'The closure will lead to the loss of 200 jobs.', 'negative', True, False),
    ('jobs2', 'The company has added 400 jobs since January.', 'positive', False, False),
    ('jobs2', 'About 150 jobs are at risk at the plant.', 'negative', True, True),
    ('jobs2', 'The company halted production at its Swedish mill for two weeks.', 'negative', False, False),
    ('jobs2', 'The mill resumed production after a three-week stoppage.', 'positive', False, False),
    ('guidance2', 'The company keeps its guidance unchanged and expects net sales to grow by 5-8 %.', 'positive', True, True),
    ('guidance2', 'The company now expects a full-year operating loss.', 'negative', True, True),
    ('guidance2', 'The company narrowed its full-year loss forecast.', 'positive', False, False),
    ('guidance2', 'The group expects demand for its services to stay weak in 2024.', 'negative', True, True),
    ('guidance2', 'Sales are forecast to decline by up to 10 %.', 'negative', True, True),
    ('guidance2', 'Management expects a clear improvement in operating profit.', 'positive', True, True),
    ('facts2', 'The company has signed an agreement to acquire a Danish packaging firm.', 'neutral', False, False),
    ('facts2', 'The group signed a share purchase agreement with the sellers.', 'neutral', False, False),
    ('facts2', 'The merger agreement was approved by the shareholders.', 'neutral', False, False),
    ('facts2', 'The company signed a loan agreement with the Nordic Investment Bank.', 'neutral', False, False),
    ('facts2', 'The company entered into an agreement to sell its Polish subsidiary.', 'neutral', False, False),
    ('results2', 'Gross written premiums increased by 7 % to EUR 1.1 bn.', 'positive', False, False),
    ('results2', 'The number of subscribers grew to 2.4 million.', 'positive', False, False),
    ('results2', 'Net sales developed favourably in all segments.', 'positive', False, False),
    ('headline', 'Componenta to cut 140 jobs in Finland.', 'negative', True, False),
    ('headline', 'Outokumpu Q3 operating profit up 25 %.', 'positive', False, False),
    ('headline', 'Stora Enso to close Kemijarvi pulp mill.', 'negative', True, False),
    ('headline', 'Nordea net profit falls 9 % in second quarter.', 'negative', False, False),
    ('headline', 'Ramirent wins EUR 6 mn contract in Sweden.', 'positive', False, False),
    ('headline', 'Elisa raises full-year outlook.', 'positive', False, False),
    ('headline', 'Tieto cuts 2011 profit forecast.', 'negative', False, False),
    ('headline', 'Kone Q2 orders rise 12 %.', 'positive', False, False),
    ('headline', 'Finnair swings to loss as fuel costs soar.', 'negative', False, False),
    ('headline', 'Wartsila to hire 200 engineers in India.', 'positive', True, False),
    ('headline', 'Fiskars to acquire Swedish garden tools maker.', 'neutral', True, False),
    ('headline', 'Metso names new CFO.', 'neutral', False, False),
    ('headline', 'YIT sees housing demand picking up in 2025.', 'positive', True, None),
    ('headline', 'Nokian Tyres warns of weaker second half.', 'negative', True, None),
    ('headline', 'Orion sales down 4 % in first quarter.', 'negative', False, False),
    ('headline', 'Sampo profit beats forecasts.', 'positive', False, False),
    ('headline', 'Kesko to open 15 new stores in Russia.', 'positive', True, False),
    ('headline', 'UPM shuts paper machine in Germany.', 'negative', False, False),
    ('headline', 'Atria posts pretax loss of EUR 2.1 mn.', 'negative', False, False),
    ('headline', 'Huhtamaki cuts dividend.', 'negative', False, False),
]

#: the probes still wrong, by (measure, text), with the reason
WRONG = {
    ('forward', 'Earnings per share came in below market expectations.'):
        "'expectations' in a comparison with an outcome ('below market expectations', F6) still counts as a forecast noun: 'came in' is no past word",
    ('tone', 'Earnings per share were EUR 0.25.'):
        'EPS keeps a mild tone alone (0.3); muting profits beside a figure lowered the dev confirm half in round 13',
    ('tone', 'The order is the largest in the company’s history.'):
        "'the largest in its history' (a record said in words) has no reading",
    ('tone', 'The company started co-operation negotiations to reduce its workforce by up to 60 people.'):
        "'to reduce its workforce' is read as a purpose clause (an aim, zero); a firm's negotiations to cut staff state the cut",
    ('tone', 'Headcount increased to 2,350 from 2,100.'):
        "'headcount' is no quantity: it is also the count of a survey's respondents (tests/test_tone_figures)",
    ('tone', 'The company is shutting down its Dutch operations.'):
        "'operations' is no place of business (central banks' 'open market operations'), so the closing has no object",
    ('tone', 'The new plant will employ 150 people.'):
        "the verb 'employ' with a number of people has no reading (like 'hire 500 engineers')",
    ('forward', 'The company cut its outlook for the year.'):
        "'cut' is present and past alike, so it is no past word: the forecast noun 'outlook' makes the sentence forward-looking (F6: a revision made)",
    ('forward', 'The company sees demand weakening in the second half.'):
        "'sees' is no forecast verb and 'in the second half' no future time",
    ('uncertain', 'The company forecasts revenue growth of 8 percent next year.'):
        "the verb 'forecasts' (C2) is not told from the noun, so it is no hedge",
    ('forward', 'Full-year operating profit is estimated to be lower than in 2023.'):
        "'is estimated to' is a hedge but no forward cue ('is estimated to have grown' is the past)",
    ('uncertain', 'The company estimates that its net sales will grow by about 10 %.'):
        "'estimates that' (C2, of the future) is no hedge word",
    ('tone', 'The market is expected to recover in 2025.'):
        "'the market' alone is no quantity (the stock, labour, money markets), so 'recover' has nothing to move",
    ('tone', 'The company has entered into a debt restructuring agreement with its creditors.'):
        "'agreement' keeps its state value (0.4) and outweighs 'restructuring'; a debt restructuring is a firm in trouble",
    ('forward', 'The group is to close two stores in Tallinn.'):
        "'is to' (a plan, F3) is no forward cue",
    ('uncertain', 'The company announced it would shut its factory in Wales.'):
        "reported 'would' of a plan (C6) is still a hedge (as in round 13)",
    ('tone', 'The insurer said it expects premiums to grow in 2025.'):
        "'premiums' alone is no quantity (insurance premiums are a cost to the firms that pay them); only 'written premiums' / 'premium income' are sales",
    ('uncertain', 'The company said it would publish its annual report in March.'):
        "reported 'would' of a plan (C6) is still a hedge (as in round 13)",
    ('tone', 'Earnings per share were EUR -0.12 (EUR 0.05).'):
        'the minus sign is blanked with the hyphen, so -0.12 reads as 0.12, larger than 0.05',
    ('tone', 'Cash flow from operating activities was EUR 14.2 mn (EUR 9.1 mn).'):
        "the figure comparison reads the word before the number as its subject ('activities'), which is no company figure of the rule",
    ('forward', 'The order comprises 12 rock crushers to be delivered in 2025.'):
        "'to be delivered in 2025' (a future year) is no forward cue",
    ('tone', 'The mill resumed production after a three-week stoppage.'):
        "'resumed production' has no reading (production restarting)",
    ('tone', 'Stora Enso to close Kemijarvi pulp mill.'):
        "a place name after the base verb ('close Kemijarvi pulp mill') opens no noun phrase the closing reading accepts (a determiner, a number or 'new')",
    ('forward', 'YIT sees housing demand picking up in 2025.'):
        "'sees' is no forecast verb, and a year alone is no future time",
    ('forward', 'Nokian Tyres warns of weaker second half.'):
        "'warns of' is no forward cue, and 'second half' no future time",
    ('tone', 'UPM shuts paper machine in Germany.'):
        "a 'paper machine' is no place of business of the closing reading",
}


@pytest.mark.parametrize("text, label", probe_cases(PROBES, WRONG, 2, "tone"))
def test_tone_probe(text, label):
    assert probe_row(text)["label"] == label


@pytest.mark.parametrize("text, forward", probe_cases(PROBES, WRONG, 3, "forward"))
def test_forward_looking_probe(text, forward):
    assert bool(probe_row(text)["forward_looking"]) is forward


@pytest.mark.parametrize("text, uncertain", probe_cases(PROBES, WRONG, 4, "uncertain"))
def test_certainty_probe(text, uncertain):
    assert bool(probe_row(text)["uncertainty"] > 0) is uncertain


def test_every_wrong_probe_is_a_probe():
    assert {t for _, t in WRONG} <= {p[1] for p in PROBES}


def test_no_probe_repeats_one_of_round_13():
    from test_tone_probes_company_news import COMPANY_NEWS

    assert not {p[1] for p in PROBES} & {t for _, _, t in COMPANY_NEWS}
