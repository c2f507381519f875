package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonMergeTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void fieldsChangedOnOneSideEachAreTaken() throws Exception {
        JsonMerge merge = new JsonMerge();
        JsonNode merged = merge.merge(json("{'title':'a','owner':'x','n':1}"), json("{'title':'mine','owner':'x','n':1}"),
                json("{'title':'a','owner':'theirs','n':1}"));
        assertThat(merge.clashes()).isEmpty();
        assertThat(merged).isEqualTo(json("{'title':'mine','owner':'theirs','n':1}"));
    }

    @Test
    void theSameFieldChangedDifferentlyIsAClashWithItsPath() throws Exception {
        JsonMerge merge = new JsonMerge();
        merge.merge(json("{'measures':[{'id':'M1','title':'a'}]}"), json("{'measures':[{'id':'M1','title':'b'}]}"),
                json("{'measures':[{'id':'M1','title':'c'}]}"));
        assertThat(merge.clashes()).hasSize(1);
        JsonMerge.Clash clash = merge.clashes().get(0);
        assertThat(PlanPartsMerge.target(clash.path())).isEqualTo("M1 の 名称");
        assertThat(PlanPartsMerge.text(clash.mine())).isEqualTo("b");
        assertThat(PlanPartsMerge.text(clash.theirs())).isEqualTo("c");
    }

    @Test
    void theSameChangeOnBothSidesIsNoClash() throws Exception {
        JsonMerge merge = new JsonMerge();
        JsonNode merged = merge.merge(json("{'w':1}"), json("{'w':2}"), json("{'w':2}"));
        assertThat(merge.clashes()).isEmpty();
        assertThat(merged).isEqualTo(json("{'w':2}"));
    }

    @Test
    void itemsMergeByIdKeepingBothSidesAdditionsAndRemovalsInPlace() throws Exception {
        JsonMerge merge = new JsonMerge();
        JsonNode merged = merge.merge(
                json("[{'id':'A'},{'id':'B'},{'id':'C'}]"),
                json("[{'id':'A'},{'id':'M'},{'id':'B'},{'id':'C','x':1}]"),
                json("[{'id':'A'},{'id':'C'},{'id':'T'}]"));
        assertThat(merge.clashes()).isEmpty();
        assertThat(merged).isEqualTo(json("[{'id':'A'},{'id':'M'},{'id':'C','x':1},{'id':'T'}]"));
    }

    @Test
    void anItemRemovedByOneAndChangedByTheOtherIsAClash() throws Exception {
        JsonMerge merge = new JsonMerge();
        merge.merge(json("[{'id':'A','t':1},{'id':'B'}]"), json("[{'id':'B'}]"), json("[{'id':'A','t':2},{'id':'B'}]"));
        assertThat(merge.clashes()).hasSize(1);
        assertThat(PlanPartsMerge.target(merge.clashes().get(0).path())).isEqualTo("A");
        assertThat(PlanPartsMerge.text(merge.clashes().get(0).mine())).isEmpty();
    }

    @Test
    void theirReorderingIsKeptWhenIDidNotReorder() throws Exception {
        JsonMerge merge = new JsonMerge();
        JsonNode merged = merge.merge(json("[{'id':'A'},{'id':'B'}]"), json("[{'id':'A','x':1},{'id':'B'}]"),
                json("[{'id':'B'},{'id':'A'}]"));
        assertThat(merge.clashes()).isEmpty();
        assertThat(merged).isEqualTo(json("[{'id':'B'},{'id':'A','x':1}]"));
    }

    @Test
    void arraysWithoutIdentityAreAtomic() throws Exception {
        JsonMerge merge = new JsonMerge();
        merge.merge(json("{'tiers':[{'name':'S'}]}"), json("{'tiers':[{'name':'S'},{'name':'A'}]}"),
                json("{'tiers':[{'name':'T'}]}"));
        assertThat(merge.clashes()).hasSize(1);
        assertThat(PlanPartsMerge.target(merge.clashes().get(0).path())).isEqualTo("tiers");
    }

    @Test
    void judgmentsMergeByTheirPair() throws Exception {
        JsonMerge merge = new JsonMerge();
        JsonNode merged = merge.merge(json("[{'a':'x','b':'y','value':1},{'a':'x','b':'z','value':1}]"),
                json("[{'a':'x','b':'y','value':3},{'a':'x','b':'z','value':1}]"),
                json("[{'a':'x','b':'y','value':1},{'a':'x','b':'z','value':5}]"));
        assertThat(merge.clashes()).isEmpty();
        assertThat(merged).isEqualTo(json("[{'a':'x','b':'y','value':3},{'a':'x','b':'z','value':5}]"));
    }
}
