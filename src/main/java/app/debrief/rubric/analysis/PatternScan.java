package app.debrief.rubric.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rubric's patterns, compiled once and run over an answer in one pass over its words. A pattern
 * that opens with a word boundary and a list of literal words ("\\b(is|that's|it is) …") is tried
 * only at tokens that are such a word, one that opens with a possessive ("\\b[\\p{L}]+['’]s …") only
 * at words ending in "'s", and any other is searched through the whole text (a 1,500-word answer has
 * about 10,000 characters).
 */
final class PatternScan {

    /** Receives each match, with the index of its pattern in the list the scan was made from. */
    interface Sink {
        void match(int pattern, Matcher matcher);
    }

    /** "\\b(that.s|it is) …", "\\b(folks|teams)['’] …": a dot stands for an apostrophe, straight or curly, as the words are read. */
    private static final Pattern LITERAL_OPENING = Pattern.compile("^\\\\b\\(((?:[a-z'. ]+\\|)*[a-z'. ]+)\\)(?:[ \\\\]|\\['\u2019\\])");
    private static final Pattern LITERAL_WORD = Pattern.compile("^\\\\b([a-z']+)[ \\\\]");
    /** "\\b[\\p{L}]+['\\u2019]s …": a possessive opens it ("legal's problem"). */
    static final String POSSESSIVE = "\\b[\\p{L}]+['\\u2019]s ";

    private final List<Pattern> patterns;
    private final Map<String, int[]> byOpener = new HashMap<>();
    private final int[] possessive;
    private final int[] unanchored;

    PatternScan(List<String> sources) {
        this.patterns = sources.stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
        Map<String, List<Integer>> opening = new HashMap<>();
        List<Integer> possessives = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int p = 0; p < sources.size(); p++) {
            String source = sources.get(p);
            Optional<Set<String>> words = openers(source);
            if (source.startsWith(POSSESSIVE)) {
                possessives.add(p);
            } else if (words.isPresent()) {
                for (String w : words.get()) {
                    opening.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                }
            } else {
                rest.add(p);
            }
        }
        opening.forEach((w, ps) -> byOpener.put(w, ints(ps)));
        this.possessive = ints(possessives);
        this.unanchored = ints(rest);
    }

    private static int[] ints(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The words a match of the pattern {@code source} can open with, when it opens with a word
     * boundary and a literal word or a list of them ("\\b(is|that's|it is) …"); empty when it can
     * open anywhere.
     */
    static Optional<Set<String>> openers(String source) {
        Matcher alternatives = LITERAL_OPENING.matcher(source);
        if (alternatives.find()) {
            Set<String> openers = new HashSet<>();
            for (String alternative : alternatives.group(1).split("\\|")) {
                openers.add(alternative.strip().split(" ")[0].replace('.', '\''));
            }
            return Optional.of(Set.copyOf(openers));
        }
        Matcher word = LITERAL_WORD.matcher(source);
        return word.find() ? Optional.of(Set.of(word.group(1))) : Optional.empty();
    }

    int size() {
        return patterns.size();
    }

    /** Every match of every pattern in {@code text}, handed to {@code sink}. */
    void scan(AnswerText text, Sink sink) {
        for (int p : unanchored) {
            Matcher matcher = patterns.get(p).matcher(text.text());
            while (matcher.find()) {
                sink.match(p, matcher);
            }
        }
        if (byOpener.isEmpty() && possessive.length == 0) {
            return;
        }
        Matcher[] matchers = new Matcher[patterns.size()];
        for (int k = 0; k < text.count(); k++) {
            String norm = text.norm(k);
            int[] here = byOpener.get(norm);
            if (here != null) {
                tryAt(text, k, here, matchers, sink);
            }
            if (possessive.length > 0 && norm.endsWith("'s")) {
                tryAt(text, k, possessive, matchers, sink);
            }
        }
    }

    private void tryAt(AnswerText text, int k, int[] here, Matcher[] matchers, Sink sink) {
        for (int p : here) {
            Matcher matcher = matchers[p];
            if (matcher == null) {
                matcher = matchers[p] = patterns.get(p).matcher(text.text()).useTransparentBounds(true);
            }
            if (matcher.region(text.start(k), text.text().length()).lookingAt()) {
                sink.match(p, matcher);
            }
        }
    }
}
