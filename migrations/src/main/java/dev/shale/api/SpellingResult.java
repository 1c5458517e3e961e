package dev.shale.api;

import dev.shale.model.PostgresSpellings;
import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL's spelling of a model's expressions, and what could not be built in the scratch database because
 * it uses an object the model does not create (an extension's type or function, a type or function a
 * hand-written migration creates): the expressions of such objects have no spelling, and drift compares them
 * heuristically.
 *
 * @param spellings   the spellings obtained
 * @param notBuilt    one sentence per statement that could not be built, such as
 *                    {@code CREATE TABLE public.contacts: type "citext" does not exist}
 */
public record SpellingResult(PostgresSpellings spellings, List<String> notBuilt) {

    public SpellingResult {
        Objects.requireNonNull(spellings, "spellings");
        notBuilt = List.copyOf(notBuilt);
    }
}
