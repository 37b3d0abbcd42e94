package org.nps4j.examples.crm;

import java.time.Instant;

/**
 * One survey invitation as the CRM knows it.
 *
 * @param invitationId the invitation's id
 * @param team the team of the deal's rep
 * @param touchpoint the touchpoint the invitation followed
 * @param sentAt when it was sent
 * @param outcome {@code RESPONDED}, {@code DECLINED}, {@code BOUNCED} or {@code PENDING}
 */
public record CrmInvitation(
    long invitationId, String team, String touchpoint, Instant sentAt, String outcome) {}
