package org.kaname;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LauncherTest {
    @Test
    void onlyNoArgumentsOrADataDirectoryOpenTheApp() {
        assertThat(Launcher.opensTheApp(new String[] {})).isTrue();
        assertThat(Launcher.opensTheApp(new String[] {"--data", "/tmp/k"})).isTrue();
        assertThat(Launcher.opensTheApp(new String[] {"--data=/tmp/k"})).isTrue();
        assertThat(Launcher.opensTheApp(new String[] {"--data"})).isFalse();
        assertThat(Launcher.opensTheApp(new String[] {"--data", "/tmp/k", "plans"})).isFalse();
        assertThat(Launcher.opensTheApp(new String[] {"--help"})).isFalse();
        assertThat(Launcher.opensTheApp(new String[] {"plans"})).isFalse();
    }

    @Test
    void aSharedDatabaseOpensTheAppOnIt() {
        String uri = "postgresql://db.example:5432/kaname?user=yamada";
        assertThat(Launcher.opensTheApp(new String[] {"--db", uri})).isTrue();
        assertThat(Launcher.opensTheApp(new String[] {"--db=" + uri, "--data", "/tmp/k"})).isTrue();
        assertThat(Launcher.opensTheApp(new String[] {"--data=/tmp/k", "--db", uri})).isTrue();
        assertThat(Launcher.opensTheApp(new String[] {"--db"})).isFalse();
        assertThat(Launcher.opensTheApp(new String[] {"--db="})).isFalse();
        assertThat(Launcher.opensTheApp(new String[] {"--db", uri, "--db", uri})).isFalse();
        assertThat(Launcher.opensTheApp(new String[] {"--db", uri, "plans"})).isFalse();
        assertThat(Launcher.option(new String[] {"--data", "/tmp/k", "--db=" + uri}, "--db")).isEqualTo(uri);
        assertThat(Launcher.option(new String[] {"--db", uri}, "--data")).isNull();
    }

    @Test
    void theDataOptionIsFoundInBothSpellings() {
        assertThat(Launcher.dataOption(new String[] {"--data", "/x", "plans"})).isEqualTo("/x");
        assertThat(Launcher.dataOption(new String[] {"--data=/y"})).isEqualTo("/y");
        assertThat(Launcher.dataOption(new String[] {"plans"})).isNull();
    }
}
