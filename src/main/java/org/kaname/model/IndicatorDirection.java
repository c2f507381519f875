package org.kaname.model;

/** Which way an indicator's value should move: up is better, down is better, or reach a value and stay there. */
public enum IndicatorDirection {
    UP, DOWN, REACH
}
