package org.nps4j.segments.bench;

import java.time.Instant;

/**
 * The host object of the benchmarks: a survey answer on a closed deal, as a CRM would hold it.
 *
 * @param rep the sales rep (one of {@value BenchmarkDeals#REPS} interned names)
 * @param industry the customer's industry (one of {@value BenchmarkDeals#INDUSTRIES})
 * @param leadType the lead type (one of {@value BenchmarkDeals#LEAD_TYPES})
 * @param score the 0-10 answer
 * @param answeredAt when the answer was given
 */
record Deal(String rep, String industry, String leadType, int score, Instant answeredAt) {}
