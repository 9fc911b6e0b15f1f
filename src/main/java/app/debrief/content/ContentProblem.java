package app.debrief.content;

/**
 * Something wrong in a content file (a prompt pack or the rubric), located the way compilers and
 * linters do it, so editors can jump to it: {@code file:line:column: message}.
 */
public record ContentProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** One problem a line, as a message lists them. */
    public static String lines(java.util.List<ContentProblem> problems) {
        return problems.stream().map(ContentProblem::toString).collect(java.util.stream.Collectors.joining("\n"));
    }
}
