package app.debrief.review;

import app.debrief.rubric.Mistake;

import java.util.Locale;

/** How a mistake's title reads inside a sentence: "flagged for overlooking the enterprise shift", "on generic AI claims". */
final class MistakeNames {

    private MistakeNames() {
    }

    /** The title with its first letter in lower case, unless the first word is an acronym ("AI", "TCO"). */
    static String inSentence(Mistake mistake) {
        return inSentence(mistake.title());
    }

    static String inSentence(String title) {
        if (title.isEmpty()) {
            return title;
        }
        String firstWord = title.split("\\s+", 2)[0];
        boolean acronym = firstWord.length() > 1 && firstWord.equals(firstWord.toUpperCase(Locale.ROOT));
        return acronym ? title : title.substring(0, 1).toLowerCase(Locale.ROOT) + title.substring(1);
    }
}
