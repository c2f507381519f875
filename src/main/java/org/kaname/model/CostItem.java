package org.kaname.model;

/** One line of a 事業費 breakdown (委託料, 備品購入費, …), in yen. */
public record CostItem(String name, long amount) {
    public CostItem {
        name = Texts.orEmpty(name);
    }
}
