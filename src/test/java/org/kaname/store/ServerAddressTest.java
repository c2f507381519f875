package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerAddressTest {
    @Test
    void aFullAddressIsReadPartByPart() {
        assertThat(ServerAddress.parse("postgresql://db.example.lg.jp:6543/kaname?user=sato"))
                .isEqualTo(new ServerAddress("db.example.lg.jp", 6543, "kaname", "sato"));
    }

    @Test
    void thePortDefaultsTo5432() {
        assertThat(ServerAddress.parse("postgresql://db/kaname?user=sato").port()).isEqualTo(5432);
        assertThat(ServerAddress.parse("postgresql://db:/kaname?user=sato").port()).isEqualTo(5432);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5433/kaname?user=sato",
        "postgres://db:5433/kaname?user=sato",
        "POSTGRESQL://db:5433/kaname?user=sato",
        "postgresql://sato@db:5433/kaname",
        "  postgresql://db:5433/kaname?user=sato&  ",
        "postgresql://sato@db:5433/kaname?user=sato"})
    void theOtherSpellingsMeanTheSame(String uri) {
        assertThat(ServerAddress.parse(uri)).isEqualTo(new ServerAddress("db", 5433, "kaname", "sato"));
    }

    @Test
    void percentEncodedNamesAreDecodedAsUtf8AndAPlusStaysAPlus() {
        ServerAddress a = ServerAddress.parse("postgresql://db/%E4%BC%81%E7%94%BB+2027?user=sato%40city");
        assertThat(a.database()).isEqualTo("企画+2027");
        assertThat(a.user()).isEqualTo("sato@city");
    }

    @Test
    void anIpv6HostIsWrittenInBrackets() {
        ServerAddress a = ServerAddress.parse("postgresql://[::1]:5433/kaname?user=sato");
        assertThat(a.host()).isEqualTo("::1");
        assertThat(a.uri()).isEqualTo("postgresql://[::1]:5433/kaname?user=sato");
    }

    @Test
    void uriAndJdbcUrlReadBackToTheSameAddress() {
        ServerAddress a = new ServerAddress("db", 5432, "企画 課+1", "sato@city");
        assertThat(a.uri()).isEqualTo("postgresql://db:5432/%E4%BC%81%E7%94%BB%20%E8%AA%B2%2B1?user=sato%40city");
        assertThat(ServerAddress.parse(a.uri())).isEqualTo(a);
        assertThat(ServerAddress.parse(a.jdbcUrl())).isEqualTo(a);
        assertThat(a.jdbcUrl()).startsWith("jdbc:postgresql://db:5432/");
        assertThat(a.display()).isEqualTo("sato@city@db:5432/企画 課+1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|no database address",
        "mysql://db/kaname?user=sato|must start with postgresql://",
        "/tmp/data|must start with postgresql://",
        "postgresql://db:54x2/kaname?user=sato|the port \"54x2\"",
        "postgresql://db:70000/kaname?user=sato|not between 1 and 65535",
        "postgresql://db:0/kaname?user=sato|not between 1 and 65535",
        "postgresql:///kaname?user=sato|the host is missing",
        "postgresql://db?user=sato|the database name is missing",
        "postgresql://db/?user=sato|the database name is missing",
        "postgresql://db/kaname|the user is missing",
        "postgresql://db/kaname?user=|the user is missing",
        "postgresql://db/kaname?user=sato&sslmode=require|unknown setting \"sslmode\"",
        "postgresql://db/a%2Fb?user=sato|contains /",
        "postgresql://db/kan%4?user=sato|broken percent-escape at \"%4\"",
        "postgresql://db/kan%zzame?user=sato|broken percent-escape at \"%zz\"",
        "postgresql://db/%FF?user=sato|not UTF-8",
        "postgresql://[::1/kaname?user=sato|lacks its closing ]",
        "postgresql://a:1,b:2/kaname?user=sato|several hosts",
        "postgresql://ito@db/kaname?user=sato|two users, ito and sato"})
    void whatIsWrongIsSaid(String uri, String message) {
        assertThatThrownBy(() -> ServerAddress.parse(uri))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://sato:himitsu@db/kaname"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".pgpass")
                .hasMessageNotContaining("himitsu");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db/kaname?user=sato&password=himitsu"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains a password")
                .hasMessageNotContaining("himitsu");
    }

    @Test
    void theRecordRefusesMissingParts() {
        assertThatThrownBy(() -> new ServerAddress("db", 5432, "kaname", " "))
                .hasMessageContaining("user is missing");
        assertThatThrownBy(() -> new ServerAddress("db", 65536, "kaname", "sato"))
                .hasMessageContaining("65536");
    }
}
