package org.nps4j.core.survey;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An open question asked after the score, such as "What's one thing we could do better?", in the
 * languages the host supplies. Immutable.
 *
 * @param id the host's id of the question, such as {@code improve}
 * @param defaultLanguage the language used when the respondent's is not supplied
 * @param texts the question's text per language; holds {@code defaultLanguage}
 */
public record FollowUpQuestion(String id, Locale defaultLanguage, Map<Locale, String> texts) {
  /**
   * Validates and copies the components.
   *
   * @param id the question's id
   * @param defaultLanguage the fallback language
   * @param texts the text per language
   * @throws NullPointerException if a component, key or text is null
   * @throws IllegalArgumentException if the id or a text is blank, or there is no text in the
   *     default language
   */
  public FollowUpQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    texts = Map.copyOf(texts);
    if (id.isBlank()) {
      throw new IllegalArgumentException("Invalid question id (must not be blank): \"" + id + "\"");
    }
    for (Map.Entry<Locale, String> text : texts.entrySet()) {
      if (text.getValue().isBlank()) {
        throw new IllegalArgumentException(
            "Invalid text of question " + id + " in " + text.getKey() + " (must not be blank)");
      }
    }
    if (!texts.containsKey(defaultLanguage)) {
      throw new IllegalArgumentException(
          "Invalid texts of question " + id + " (must include the default language "
              + defaultLanguage + "): " + texts.keySet());
    }
  }

  /**
   * Returns a question in one language.
   *
   * @param id the question's id
   * @param language the language of the text
   * @param text the text
   * @return the question
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id or the text is blank
   */
  public static FollowUpQuestion of(String id, Locale language, String text) {
    return new FollowUpQuestion(id, language, Map.of(language, text));
  }

  /**
   * Returns the text for a respondent's language: the text in that very locale, else in its
   * language alone (so {@code fr-CA} finds {@code fr}), else in the default language.
   *
   * @param language the respondent's language
   * @return the text
   * @throws NullPointerException if {@code language} is null
   */
  public String text(Locale language) {
    Objects.requireNonNull(language, "language");
    String text = texts.get(language);
    if (text == null) {
      text = texts.get(Locale.forLanguageTag(language.getLanguage()));
    }
    return text != null ? text : texts.get(defaultLanguage);
  }
}
