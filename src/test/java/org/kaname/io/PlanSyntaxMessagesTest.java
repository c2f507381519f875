package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * What a person reads about a file that is not JSON, too deep or too long, or cut off: plain words and a place
 * (line and column), never the parser's own wording (its class names, features, character codes).
 */
class PlanSyntaxMessagesTest {
    /** Words of Jackson's that must never reach a person. */
    private static final List<String> INTERNALS = List.of("(code ", "Jackson", "jackson", "StreamReadConstraints",
            "JsonReadFeature", "Feature", "`", "REDACTED", "Source:", "CTRL-CHAR", "MismatchedInput", "JsonNode",
            "token", "Unexpected", "Unrecognized", "was expecting", "exceeds the maximum");

    private static InvalidPlanException refused(String json, Locale locale) {
        return refused(json.getBytes(StandardCharsets.UTF_8), locale);
    }

    private static InvalidPlanException refused(byte[] content, Locale locale) {
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(locale).read(content, "plan.json"));
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"format\" \"kaname-plan\"}", "{\"format\":\"kaname-plan\",}", "{\"a\":1",
            "{\"a\":tru}", "{\"a\":'x'}", "{a:1}", "{\"a\":1} x", "{\"a\":1}}", "{\"a\":[1,2}", "{\"a\":\"x",
            "{\"a\":01}", "{\"a\":-}", "{\"a\":\"\t\"}", "{\"a\":NaN}", "{\"a\":1.}", "{\"a\":\"\\q\"}",
            "{\"a\":1 \"b\":2}", "{\"a\":[1 2]}", "{\"a\":\"\\u12\"}", "\u00a0{}", "// c\n{}", "{\"a\":1}]",
            "{\"a\":1}\n{}", "{\"a\":1,\"a\":2}", "{\"a\":@}", "{\"a\":1}\u0000"})
    void aSyntaxErrorIsToldInPlainWordsWithItsLineAndColumn(String json) {
        InvalidPlanException ja = refused(json, Locale.JAPANESE);
        InvalidPlanException en = refused(json, Locale.ENGLISH);
        assertThat(ja.problem()).containsPattern("\\d+ 行 \\d+ 列");
        assertThat(en.problem()).containsPattern("line \\d+, column \\d+");
        for (String word : INTERNALS) {
            assertThat(ja.getMessage()).doesNotContain(word);
            assertThat(en.getMessage()).doesNotContain(word);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "{\"format\" \"kaname-plan\"}|A \":\" is missing after the field name (found “\"”).",
            "{\"format\":\"kaname-plan\",}|There is an extra \",\" after the last entry.",
            "{\"a\":1 \"b\":2}|A \",\" is missing between two entries (found “\"”).",
            "{\"a\":tru}|“tru” is not a JSON value. Put text in double quotes.",
            "{\"a\":1|The file ends too soon (a closing } or ] is missing). It may have been cut off.",
            "/* c */{}|JSON cannot contain comments.",
            "{\"a\":\u00a0}|“U+00A0” cannot stand here."})
    void theCommonSyntaxErrorsAreTranslated(String json, String expected) {
        assertThat(refused(json, Locale.ENGLISH).problem()).endsWith(expected);
    }

    @Test
    void nestingTooDeepNamesTheLimitAndWhereItWasReached() {
        String json = "{\n  \"x\": " + "[".repeat(PlanJson.MAX_NESTING_DEPTH + 10);
        assertThat(refused(json, Locale.ENGLISH).problem())
                .isEqualTo("Line 2, column 71: Nested too deeply (at most 64 levels). This is probably not a plan"
                        + " file.");
        assertThat(refused(json, Locale.JAPANESE).problem()).startsWith("2 行 71 列: ").contains("64 段");
    }

    @Test
    void aStringTooLongNamesTheStringLimitAndWhereTheStringStarts() {
        String json = "{\n  \"title\": \"" + "x".repeat(PlanJson.MAX_STRING_LENGTH + 1) + "\"}";
        String problem = refused(json, Locale.ENGLISH).problem();
        assertThat(problem).isEqualTo("Line 2, column 12: A string is too long (at most 1000000 characters).");
    }

    @Test
    void aFieldNameTooLongNamesTheNameLimitNotTheStringLimit() {
        String json = "{\n  \"format\": \"kaname-plan\",\n  \"" + "n".repeat(PlanJson.MAX_NAME_LENGTH + 1) + "\": 1}";
        InvalidPlanException en = refused(json, Locale.ENGLISH);
        assertThat(en.problem()).startsWith("Line 3, column ").contains("field name is too long")
                .contains("at most " + PlanJson.MAX_NAME_LENGTH + " characters")
                .doesNotContain(String.valueOf(PlanJson.MAX_STRING_LENGTH));
        assertThat(refused(json, Locale.JAPANESE).problem()).contains("項目名が長すぎます（最大 10000 文字）");
    }

    @Test
    void aFileCutInTheMiddleOfACharacterLooksCutOffAndIsNotBlamedOnShiftJis() {
        byte[] whole = "{\"format\": \"kaname-plan\", \"title\": \"計画".getBytes(StandardCharsets.UTF_8);
        for (int cut = 1; cut <= 2; cut++) {
            byte[] content = Arrays.copyOf(whole, whole.length - cut);
            InvalidPlanException en = refused(content, Locale.ENGLISH);
            assertThat(en.problem()).contains("ends in the middle of a character").contains("cut off")
                    .contains("offset " + (whole.length - 3)).doesNotContain("Shift_JIS");
            assertThat(refused(content, Locale.JAPANESE).problem()).contains("文字の途中で終わっています")
                    .doesNotContain("Shift_JIS");
        }
        // A Shift_JIS byte in the middle is still named as an encoding problem.
        byte[] sjis = "{\"title\": \"計画\"}".getBytes(java.nio.charset.Charset.forName("windows-31j"));
        assertThat(refused(sjis, Locale.ENGLISH).problem()).contains("Shift_JIS");
        // So is a lead byte followed by one that cannot continue it, even at the end.
        byte[] broken = Arrays.copyOf(whole, whole.length);
        broken[broken.length - 1] = 'x';
        assertThat(refused(broken, Locale.ENGLISH).problem()).contains("Shift_JIS");
    }

    @Test
    void theCutOffRuleHoldsAcrossTheCheckersChunkBoundaries() throws Exception {
        byte[] whole = ("x".repeat(13) + "漢").getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, whole.length - 1);
        for (int chunk = 8; chunk <= 20; chunk++) {
            StrictUtf8.Malformed m = catchThrowableOfType(StrictUtf8.Malformed.class,
                    () -> StrictUtf8.check(new java.io.ByteArrayInputStream(cut), 8));
            assertThat(m.truncated).isTrue();
            assertThat(m.offset).isEqualTo(13);
        }
        StrictUtf8.Malformed decoded = catchThrowableOfType(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(cut));
        assertThat(decoded.truncated).isTrue();
        assertThat(decoded.offset).isEqualTo(13);
    }
}
