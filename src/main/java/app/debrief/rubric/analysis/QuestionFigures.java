package app.debrief.rubric.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a question gives, so a figure copied from it is not taken for the candidate's own
 * ("$0.60", "100,000 requests" and "100k" are the same numbers).
 */
public final class QuestionFigures {

    /** A number and its multiplier; a unit may follow without a space ("400ms", "80GB" are 400 and 80). */
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(k|m|bn|b|thousand|million|billion)(?!\\p{L}))?",
            Pattern.CASE_INSENSITIVE);

    /** A question with no numbers: nothing is copied from it. */
    public static final QuestionFigures NONE = new QuestionFigures("");

    private final Set<Double> values = new HashSet<>();

    public QuestionFigures(String question) {
        values.addAll(numbers(question));
    }

    /** True when every number in {@code figure} is one of the question's. */
    public boolean copied(String figure) {
        Set<Double> found = numbers(figure);
        return !found.isEmpty() && values.containsAll(found);
    }

    static Set<Double> numbers(String text) {
        Set<Double> found = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            try {
                double value = Double.parseDouble(m.group(1).replace(",", ""));
                found.add(value * multiplier(m.group(2)));
            } catch (NumberFormatException e) {
                // a run of digits and commas that is not a number ("1,,2"): not a figure
            }
        }
        return found;
    }

    private static double multiplier(String suffix) {
        if (suffix == null) {
            return 1;
        }
        return switch (suffix.toLowerCase(Locale.ROOT)) {
            case "k", "thousand" -> 1e3;
            case "m", "million" -> 1e6;
            case "b", "bn", "billion" -> 1e9;
            default -> 1;
        };
    }
}
