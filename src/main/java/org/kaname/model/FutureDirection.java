package org.kaname.model;

/** 今後の方向性: what is to become of a measure after its evaluation. */
public enum FutureDirection {
    EXPAND("拡充"), CONTINUE("継続"), IMPROVE("改善"), REDUCE("縮小"), ABOLISH("廃止"), COMPLETE("完了");

    private final String label;

    FutureDirection(String label) {
        this.label = label;
    }

    /** The word used in Japanese 評価シート. */
    public String label() {
        return label;
    }

    /** 廃止 and 完了 end a measure: it leaves the next roadmap unless re-opened. */
    public boolean ends() {
        return this == ABOLISH || this == COMPLETE;
    }
}
