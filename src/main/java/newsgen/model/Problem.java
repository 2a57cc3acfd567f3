package newsgen.model;

/**
 * One thing wrong with the input, reported to the user as {@code file:line: message}.
 *
 * @param line 1-based line in the file, or 0 when the problem concerns the whole file
 */
public record Problem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
