package org.nps4j.examples.crm;

import java.time.Instant;

/**
 * One answered survey as the CRM knows it: the score and answer time with everything the CRM
 * associates with it automatically (rep, team, the contact's account, the deal and its outcome).
 *
 * @param responseId the response's id
 * @param contactId the contact who answered
 * @param rep the rep who owned the deal
 * @param team the rep's team
 * @param region the team's region
 * @param industry the account's industry
 * @param companySize the account's size band
 * @param role the contact's role
 * @param leadType {@code cold} or {@code warm}
 * @param product the deal's product
 * @param touchpoint the touchpoint the survey followed
 * @param score the score, 0 to 10
 * @param answeredAt when the contact answered
 * @param converted whether the deal closed
 * @param daysToClose days from opening to closing, or -1 if the deal did not close
 * @param addOn whether the customer bought an add-on
 * @param referral whether the customer referred new business
 */
public record CrmResponse(
    long responseId,
    String contactId,
    String rep,
    String team,
    String region,
    String industry,
    String companySize,
    String role,
    String leadType,
    String product,
    String touchpoint,
    int score,
    Instant answeredAt,
    boolean converted,
    int daysToClose,
    boolean addOn,
    boolean referral) {}
