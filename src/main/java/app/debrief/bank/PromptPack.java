package app.debrief.bank;

import java.util.List;

/** The prompts of one pack file. */
public record PromptPack(String id, String title, String file, List<Prompt> prompts) {
    public PromptPack {
        prompts = List.copyOf(prompts);
    }
}
