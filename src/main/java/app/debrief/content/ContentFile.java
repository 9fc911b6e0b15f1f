package app.debrief.content;

/** A content file's text with the name to show in messages (a path the user can open). */
public record ContentFile(String name, String text) {
}
