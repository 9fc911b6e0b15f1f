package app.debrief.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Problems point where they are: at the value, the field name, or where the parser gave up, never at 1:1 by default. */
class LocatedJsonTest {

    static ContentProblem syntax(String text) {
        LocatedJson.Result r = LocatedJson.parse("f.json", text);
        assertThat(r.json()).isEmpty();
        return r.problem().orElseThrow();
    }

    @Test
    void valuesAndFieldNamesAreLocatedByLineAndColumn() {
        LocatedJson json = LocatedJson.parse("f.json", "{\n  \"a\": [1, {\"b\": true}],\n  \"c/d\": null\n}").json().orElseThrow();
        assertThat(json.problemAt("/a/1/b", "m").toString()).isEqualTo("f.json:2:18: m");
        assertThat(json.problemAtName("/a/1/b", "m").toString()).isEqualTo("f.json:2:13: m");
        assertThat(json.problemAt("/c~1d", "m").toString()).isEqualTo("f.json:3:10: m");
        assertThat(json.problemAt("/a/1/missing", "m").toString()).as("the nearest enclosing value").isEqualTo("f.json:2:12: m");
        assertThat(json.problemAtName("/a/0", "m").toString()).as("an element has no name").isEqualTo("f.json:2:9: m");
    }

    @Test
    void nestingTooDeepIsSaidAndPlacedWhereItHappens() {
        String deep = "{\n  \"prompts\": " + "[".repeat(1_500) + "]".repeat(1_500) + "\n}";
        ContentProblem p = syntax(deep);
        assertThat(p.message()).isEqualTo("invalid JSON: nested deeper than 1,000 levels");
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).as("at the bracket one level too deep").isBetween(13 + 1_000, 13 + 1_002);
    }

    @Test
    void aStringOverTheLimitIsSaidAndPlacedAtItsStart() {
        String text = "{\n  \"question\": \"" + "x".repeat(20_000_001) + "\"\n}";
        ContentProblem p = syntax(text);
        assertThat(p.message()).isEqualTo("invalid JSON: a string longer than 20,000,000 characters");
        assertThat(p.toString()).startsWith("f.json:2:15: ");
    }

    @Test
    void aFieldGivenTwiceIsRefusedAtItsSecondName() {
        assertThat(syntax("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}").toString()).isEqualTo("f.json:3:3: invalid JSON: Duplicate field 'id'");
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        assertThat(syntax("{}\n{}").toString()).isEqualTo("f.json:2:1: invalid JSON: more text after the end of the document");
    }
}
