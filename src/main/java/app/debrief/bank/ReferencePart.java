package app.debrief.bank;

/** What a strong candidate would say on one talking point: the reference outline, part by part. */
public record ReferencePart(String point, String text) {
}
