package org.nps4j.core.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the host knows of one contact when it asks whether to survey them: the contact's id, when
 * the contact became known (created in the CRM), its survey events in every program and its
 * touchpoint events. Immutable; the lists are copies sorted by instant (ties keep their order).
 *
 * @param contactId the contact's id in the host's system
 * @param firstSeen when the contact was created
 * @param surveyEvents invitations, responses, declines and bounces, in every program
 * @param touchpoints touchpoint events
 */
public record ContactHistory(
    String contactId,
    Instant firstSeen,
    List<SurveyEvent> surveyEvents,
    List<TouchpointEvent> touchpoints) {
  /**
   * Validates and copies the components.
   *
   * @param contactId the contact's id
   * @param firstSeen when the contact was created
   * @param surveyEvents survey events
   * @param touchpoints touchpoint events
   * @throws NullPointerException if a component or an element is null
   * @throws IllegalArgumentException if the contact id is blank
   */
  public ContactHistory {
    Objects.requireNonNull(contactId, "contactId");
    Objects.requireNonNull(firstSeen, "firstSeen");
    if (contactId.isBlank()) {
      throw new IllegalArgumentException("Invalid contactId (must not be blank): \"" + contactId + "\"");
    }
    surveyEvents = sorted(surveyEvents, Comparator.comparing(SurveyEvent::at));
    touchpoints = sorted(touchpoints, Comparator.comparing(TouchpointEvent::at));
  }

  /**
   * Returns the history of a contact with no events yet.
   *
   * @param contactId the contact's id
   * @param firstSeen when the contact was created
   * @return the history
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the contact id is blank
   */
  public static ContactHistory of(String contactId, Instant firstSeen) {
    return new ContactHistory(contactId, firstSeen, List.of(), List.of());
  }

  /**
   * Returns this history with one more survey event.
   *
   * @param event the event
   * @return the new history
   * @throws NullPointerException if {@code event} is null
   */
  public ContactHistory with(SurveyEvent event) {
    Objects.requireNonNull(event, "event");
    List<SurveyEvent> events = new ArrayList<>(surveyEvents);
    events.add(event);
    return new ContactHistory(contactId, firstSeen, events, touchpoints);
  }

  /**
   * Returns this history with one more touchpoint event.
   *
   * @param event the event
   * @return the new history
   * @throws NullPointerException if {@code event} is null
   */
  public ContactHistory with(TouchpointEvent event) {
    Objects.requireNonNull(event, "event");
    List<TouchpointEvent> events = new ArrayList<>(touchpoints);
    events.add(event);
    return new ContactHistory(contactId, firstSeen, surveyEvents, events);
  }

  private static <E> List<E> sorted(List<E> events, Comparator<E> byInstant) {
    Objects.requireNonNull(events, "events");
    List<E> copy = new ArrayList<>(events.size());
    for (E event : events) {
      copy.add(Objects.requireNonNull(event, "event"));
    }
    copy.sort(byInstant); // stable
    return List.copyOf(copy);
  }
}
