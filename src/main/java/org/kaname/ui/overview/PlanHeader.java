package org.kaname.ui.overview;

import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;

/** Copies of a plan with one header field changed (the model offers {@code with…} only for some of them). */
public final class PlanHeader {
    private PlanHeader() {
    }

    public static Plan withOrganization(Plan p, String organization) {
        return new Plan(p.title(), organization, p.description(), p.summary(), p.fiscalYears(), p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds());
    }

    public static Plan withDescription(Plan p, String description) {
        return new Plan(p.title(), p.organization(), description, p.summary(), p.fiscalYears(), p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds());
    }

    public static Plan withSummary(Plan p, String summary) {
        return new Plan(p.title(), p.organization(), p.description(), summary, p.fiscalYears(), p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds());
    }

    public static Plan withFiscalYears(Plan p, FiscalYears years) {
        return new Plan(p.title(), p.organization(), p.description(), p.summary(), years, p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds());
    }
}
