package app.debrief.loop;

import java.util.List;

/** The committee section of the rubric: its rules, and how many things to fix the packet names first. */
public record CommitteeRules(List<CommitteeRule> rules, int fixFirst) {

    public CommitteeRules {
        rules = List.copyOf(rules);
    }
}
