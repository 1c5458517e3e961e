package dev.shale.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integrity file {@code shale.sum}, like Atlas's {@code atlas.sum}:
 * <pre>
 * h1:&lt;total&gt;
 * &lt;name&gt; h1:&lt;hash&gt;
 * ...
 * </pre>
 * One line per file, sorted by name; {@code hash} is the base64 SHA-256 of the file's bytes with
 * CRLF read as LF (so a Windows checkout verifies); {@code total} is the base64 SHA-256 of every
 * line after the first, each ending in LF — so an edited, added, removed or renamed file changes it,
 * and two branches that each add a migration conflict in git on the first line.
 */
public final class SumFile {

    /** The conventional name of the sum file. */
    public static final String DEFAULT_NAME = "shale.sum";

    private static final String PREFIX = "h1:";
    private static final Pattern HASH = Pattern.compile("h1:[A-Za-z0-9+/]{43}=");
    private static final Pattern NAME = Pattern.compile("\\S+");
    private static final Pattern ENTRY = Pattern.compile("(" + NAME.pattern() + ") (" + HASH.pattern() + ")");
    private static final String HASH_FIX = "if the edits are deliberate, run shale hash; otherwise restore it from"
            + " version control";

    private final String source;
    private final String total;
    private final Map<String, String> entries;

    private SumFile(String source, String total, Map<String, String> entries) {
        this.source = source;
        this.total = total;
        this.entries = entries;
    }

    /** The sum of these files; names must be unique and free of whitespace. */
    public static SumFile of(List<NamedContent> files) {
        return of(files, DEFAULT_NAME);
    }

    /**
     * The sum of these files, to be stored as {@code source} (such as {@code migrations/shale.sum});
     * messages name each file by its folder: {@code migrations/20261121093000_create_users.sql}.
     */
    public static SumFile of(List<NamedContent> files, String source) {
        Objects.requireNonNull(source, "source");
        Map<String, String> entries = new TreeMap<>();
        for (NamedContent file : files) {
            if (!isSummable(file.name())) {
                throw new IllegalArgumentException("a summed file name must be non-empty without whitespace: \""
                        + file.name() + "\"");
            }
            if (entries.put(file.name(), hash(file.content())) != null) {
                throw new IllegalArgumentException("file " + file.name() + " is given twice");
            }
        }
        return new SumFile(source, total(entries), new LinkedHashMap<>(entries));
    }

    /** Whether a file of this name can be listed in a sum file: non-empty, without whitespace. */
    public static boolean isSummable(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * Parses a sum file's text; {@code source} names it in messages. Lines may end in LF or CRLF.
     *
     * @throws SumFileException naming the first malformed line
     */
    public static SumFile parse(String text, String source) {
        Objects.requireNonNull(source, "source");
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length;
        if (count > 0 && lines[count - 1].isEmpty()) {
            count--;
        }
        if (count == 0) {
            throw malformed(source, 1, "is empty; its first line must be the total hash h1:<base64>");
        }
        if (!HASH.matcher(lines[0]).matches()) {
            throw malformed(source, 1, "must be the total hash h1:<base64 of 32 bytes>, not \"" + lines[0] + "\"");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 1; i < count; i++) {
            Matcher m = ENTRY.matcher(lines[i]);
            if (!m.matches()) {
                throw malformed(source, i + 1, "must be <file name> h1:<base64 of 32 bytes>, not \"" + lines[i] + "\"");
            }
            if (entries.put(m.group(1), m.group(2)) != null) {
                throw malformed(source, i + 1, "names " + m.group(1) + " a second time");
            }
        }
        return new SumFile(source, lines[0], entries);
    }

    /** The sum file's text, ending in a newline. */
    public String write() {
        return total + "\n" + body(entries);
    }

    /** The total hash, {@code h1:<base64>}. */
    public String total() {
        return total;
    }

    /** The name this sum is stored under, for messages. */
    public String source() {
        return source;
    }

    /** File name to {@code h1:<base64>} hash, in file order. */
    public Map<String, String> entries() {
        return Collections.unmodifiableMap(entries);
    }

    /**
     * How {@code files} (the files this sum should cover, as on disk now) differ from this sum:
     * edited, added and missing files in name order, or, when every entry matches, a
     * {@link SumMismatch.Kind#TOTAL TOTAL} mismatch if the sum file's own text is not what Shale writes.
     */
    public List<SumMismatch> verify(List<NamedContent> files) {
        SumFile actual = of(files, source);
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        Map<String, SumMismatch> byFile = new TreeMap<>();
        actual.entries.forEach((name, hash) -> {
            String file = folder + name;
            String expected = entries.get(name);
            if (expected == null) {
                byFile.put(name, new SumMismatch(SumMismatch.Kind.ADDED, file, file + " is not in " + source
                        + ": it was added by hand or copied from another branch.",
                        "if the file is deliberate, run shale hash; otherwise delete it"));
            } else if (!expected.equals(hash)) {
                byFile.put(name, new SumMismatch(SumMismatch.Kind.EDITED, file, file + " was edited after "
                        + source + " was written: its hash is " + hash + " but " + source + " says " + expected + ".",
                        "if the edit is deliberate, run shale hash; otherwise restore it (git checkout -- " + file
                                + ")"));
            }
        });
        entries.keySet().stream().filter(name -> !actual.entries.containsKey(name)).forEach(name ->
                byFile.put(name, new SumMismatch(SumMismatch.Kind.MISSING, folder + name, folder + name + " is in "
                        + source + " but not on disk: it was deleted or renamed.", "restore it (git checkout -- "
                        + folder + name + "); if the removal is deliberate, run shale hash")));
        List<SumMismatch> out = new ArrayList<>(byFile.values());
        if (out.isEmpty() && !write().equals(actual.write())) {
            out.add(new SumMismatch(SumMismatch.Kind.TOTAL, source, source + " does not match its own entries: it"
                    + " was edited or merged by hand.", "run shale check for branch conflicts; then " + HASH_FIX));
        }
        return List.copyOf(out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SumFile that && write().equals(that.write());
    }

    @Override
    public int hashCode() {
        return write().hashCode();
    }

    @Override
    public String toString() {
        return write();
    }

    private static String body(Map<String, String> entries) {
        StringBuilder out = new StringBuilder();
        entries.forEach((name, hash) -> out.append(name).append(' ').append(hash).append('\n'));
        return out.toString();
    }

    private static String total(Map<String, String> entries) {
        return PREFIX + base64(Hashes.sha256(body(entries).getBytes(StandardCharsets.UTF_8)));
    }

    private static String hash(byte[] content) {
        return PREFIX + base64(Hashes.sha256(withoutCarriageReturns(content)));
    }

    /** The bytes with each CR that precedes an LF dropped. */
    private static byte[] withoutCarriageReturns(byte[] content) {
        byte[] out = new byte[content.length];
        int n = 0;
        for (int i = 0; i < content.length; i++) {
            if (content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n') {
                continue;
            }
            out[n++] = content[i];
        }
        return Arrays.copyOf(out, n);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static SumFileException malformed(String source, int line, String what) {
        return new SumFileException(source, line, source + " line " + line + " " + what + ".",
                "restore it from version control, or run shale hash to write it again");
    }
}
