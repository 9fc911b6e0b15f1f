package app.debrief.bank;

import java.util.List;

/**
 * One idea of a talking point and the phrases that name it ({@code terms}), with the phrases in
 * which one of them means something else ({@code except}: "community team" for a community).
 */
public record Concept(String idea, List<String> terms, List<String> except) {
    public Concept {
        terms = List.copyOf(terms);
        except = List.copyOf(except);
    }
}
