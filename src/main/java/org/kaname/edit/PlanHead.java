package org.kaname.edit;

import java.util.List;
import org.kaname.model.FiscalYears;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;

/** Copies of a plan with one head field or its peer cases changed (the model offers {@code with…} only for some). */
final class PlanHead {
    private PlanHead() {
    }

    static Plan withOrganization(Plan p, String organization) {
        return new Plan(p.title(), organization, p.description(), p.summary(), p.fiscalYears(), p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds(), p.followUp());
    }

    static Plan withDescription(Plan p, String description) {
        return new Plan(p.title(), p.organization(), description, p.summary(), p.fiscalYears(), p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds(), p.followUp());
    }

    static Plan withSummary(Plan p, String summary) {
        return new Plan(p.title(), p.organization(), p.description(), summary, p.fiscalYears(), p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds(), p.followUp());
    }

    static Plan withFiscalYears(Plan p, FiscalYears years) {
        return new Plan(p.title(), p.organization(), p.description(), p.summary(), years, p.budget(), p.tiers(),
                p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(), p.problems(),
                p.cases(), p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds(), p.followUp());
    }

    static Plan withCases(Plan p, List<PeerCase> cases) {
        return new Plan(p.title(), p.organization(), p.description(), p.summary(), p.fiscalYears(), p.budget(),
                p.tiers(), p.criteria(), p.weighting(), p.pillars(), p.groups(), p.measures(), p.significance(),
                p.problems(), cases, p.timeline(), p.raters(), p.scores(), p.scenarios(), p.rounds(), p.followUp());
    }
}
