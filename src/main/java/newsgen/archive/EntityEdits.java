package newsgen.archive;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import newsgen.model.EntityKind;
import newsgen.model.Problem;
import newsgen.model.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The editor's word on the archive's entities, from {@code entities.yaml}: one entry per entity, keyed
 * {@code kind/id} as {@code gen entities} lists them, either {@code drop} or a mapping of
 * {@code same-as} (merge into another entity), {@code name}, {@code type}, {@code aliases}, {@code description}
 * and {@code link} (http or https only):
 * <pre>
 * person/roe: {same-as: person/jane-roe}
 * person/democratic: drop
 * person/jane-roe: {description: Mayor of Port Velin, link: https://example.org/jane-roe}
 * </pre>
 * Every problem is {@code file:line: what is wrong} and stops the build; ids the archive does not know are
 * warnings, reported when the edits are applied.
 */
public record EntityEdits(String file, List<Edit> edits) {
    /** No edits: the archive as the automatic passes make it. */
    public static final EntityEdits NONE = new EntityEdits("entities.yaml", List.of());
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final Set<String> FIELDS = Set.of("same-as", "name", "type", "aliases", "description", "link");
    /** A description longer than this is an article, not a description. */
    static final int MAX_DESCRIPTION = 500;

    public EntityEdits {
        edits = List.copyOf(edits);
    }

    /** An entity written {@code kind/id}, at a line of the file. */
    public record Target(EntityKind kind, String id, int line) {
        String key() {
            return kind.key(id);
        }

        @Override
        public String toString() {
            return kind.value() + "/" + id;
        }
    }

    /** The edit of one entity; null fields leave that part alone. */
    public record Edit(Target target, boolean drop, Target sameAs, String name, EntityKind type, List<String> aliases,
                       String description, String link) {
        public Edit {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public boolean isEmpty() {
        return edits.isEmpty();
    }

    /** Reads the file's text; throws a {@link ProblemException} naming every line that is wrong. */
    public static EntityEdits parse(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        List<Edit> edits = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new EntityEdits(file, List.of());
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ProblemException(new Problem(file, line(p), "expected entries 'kind/id: ...', one a line"));
            }
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                int line = line(p);
                String key = p.currentName();
                Target target = target(key, line, file, problems);
                if (target != null && !seen.add(target.key())) {
                    problems.add(new Problem(file, line, key + " is edited twice; keep one entry"));
                }
                JsonToken value = p.nextToken();
                Edit edit = value == JsonToken.START_OBJECT ? fields(p, target, file, problems)
                        : value == JsonToken.VALUE_STRING && p.getText().strip().equals("drop") ? new Edit(target, true, null, null, null, null, null, null)
                        : null;
                if (edit == null) {
                    problems.add(new Problem(file, line, "write 'drop' or a mapping of " + String.join(", ", FIELDS.stream().sorted().toList())
                            + " after " + key));
                    p.skipChildren();
                } else if (target != null) {
                    edits.add(edit);
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.clear(); // what was read before the break may be an artefact of it
            problems.add(new Problem(file, at == null ? 0 : at.getLineNr(), "not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " ").strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return new EntityEdits(file, edits);
    }

    private static Edit fields(JsonParser p, Target target, String file, List<Problem> problems) throws IOException {
        Target sameAs = null;
        String name = null;
        EntityKind type = null;
        List<String> aliases = null;
        String description = null;
        String link = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            int line = line(p);
            JsonToken value = p.nextToken();
            if (!FIELDS.contains(field)) {
                problems.add(new Problem(file, line, "unknown field '" + field + "'; use " + String.join(", ", FIELDS.stream().sorted().toList())));
                p.skipChildren();
                continue;
            }
            if (field.equals("aliases")) {
                aliases = new ArrayList<>();
                if (value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        if (p.currentToken() == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                            aliases.add(p.getText().strip());
                        } else {
                            problems.add(new Problem(file, line(p), "an alias is a name in quotes or plain text"));
                            p.skipChildren();
                        }
                    }
                } else if (value == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
                    aliases.add(p.getText().strip());
                } else {
                    problems.add(new Problem(file, line, "aliases: write a list of names, [Name One, Name Two]"));
                    p.skipChildren();
                }
                continue;
            }
            if (value != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                problems.add(new Problem(file, line, field + ": expected a text value"));
                p.skipChildren();
                continue;
            }
            String text = p.getText().strip();
            switch (field) {
                case "same-as" -> sameAs = target(text, line, file, problems);
                case "name" -> name = text;
                case "type" -> {
                    type = EntityKind.parse(text);
                    if (type == null) {
                        problems.add(new Problem(file, line, "type: '" + text + "' is none of person, organization, place"));
                    }
                }
                case "description" -> {
                    description = text;
                    if (text.length() > MAX_DESCRIPTION) {
                        problems.add(new Problem(file, line, "description: keep it under " + MAX_DESCRIPTION + " characters"));
                    }
                }
                default -> {
                    link = text;
                    if (!isWebLink(text)) {
                        problems.add(new Problem(file, line, "link: '" + text + "' is not an http(s) address"));
                    }
                }
            }
        }
        if (target != null && sameAs != null && sameAs.key().equals(target.key())) {
            problems.add(new Problem(file, sameAs.line(), target + " cannot be the same as itself"));
        }
        return new Edit(target, false, sameAs, name, type, aliases, description, link);
    }

    /** "person/jane-roe" as a target; null (with a problem noted) when it is not one. */
    private static Target target(String text, int line, String file, List<Problem> problems) {
        String s = text.strip();
        int slash = s.indexOf('/');
        EntityKind kind = slash > 0 ? EntityKind.parse(s.substring(0, slash)) : null;
        String id = slash > 0 ? s.substring(slash + 1) : "";
        if (kind == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            problems.add(new Problem(file, line, "'" + s + "' is not an entity: write kind/id, as `gen entities` lists it (person/jane-doe)"));
            return null;
        }
        return new Target(kind, id, line);
    }

    static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static int line(JsonParser p) {
        return p.getTokenLocation().getLineNr();
    }
}
