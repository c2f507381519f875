package org.kaname.service;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.PlanMember;
import org.kaname.store.PlanMembers;
import org.kaname.store.PlanRole;

/**
 * Who may do what in each plan of a shared database, for the app and the CLI ({@code kaname members}). The server
 * enforces the roles; this service checks what a person types (a login the server knows, a rater of the plan) so a
 * mistake is named before it is stored, and words the server's refusals. On the local H2 file its user owns every
 * plan and there are no members to change.
 */
public final class MemberService {
    private static final int MAX_LOGIN = 200;

    private final PlanMembers members;
    private final PlanService plans;
    private final Messages messages;
    private final AccessTexts texts;

    MemberService(PlanMembers members, PlanService plans, Locale locale) {
        this.members = members;
        this.plans = plans;
        this.messages = Messages.of("org.kaname.service.messages", locale);
        this.texts = AccessTexts.of(locale);
    }

    /** Whether plans have members (a shared database). */
    public boolean shared() {
        return members.supported();
    }

    /** The plan's members, owners first; empty on the local file. */
    public List<PlanMember> list(long planId) throws PlanNotFoundException {
        plans.open(planId);
        return members.list(planId);
    }

    /** This login's role in the plan (owner on the local file); null when it is not a member. */
    public PlanRole myRole(long planId) {
        return members.myRole(planId);
    }

    /** What this login may change in the plan, to refuse an edit before making it. */
    public PlanAccess access(long planId) {
        return PlanAccess.of(planId, members.me(planId));
    }

    /**
     * Gives {@code login} the role in the plan (replacing its role if it is a member); a rater needs {@code raterId},
     * one of the plan's raters, whose cells they will score. Only the plan's owner may.
     */
    public void grant(long planId, String login, PlanRole role, String raterId)
            throws PlanNotFoundException, MemberRefusedException {
        requireShared();
        Plan plan = plans.open(planId).plan();
        String name = checkedLogin(login);
        String rater = raterId == null || raterId.isBlank() ? null : raterId.strip();
        if (role == PlanRole.RATER && rater == null) {
            throw refused("members.raterNeeded", raterIds(plan));
        }
        if (role != PlanRole.RATER && rater != null) {
            throw refused("members.raterOnlyForRaters");
        }
        if (rater != null && plan.raters().stream().noneMatch(r -> r.id().equals(rater))) {
            throw refused("members.unknownRater", rater, raterIds(plan));
        }
        switch (members.login(name)) {
            case UNKNOWN -> throw refused("members.unknownLogin", name);
            case NOT_IN_GROUP -> throw refused("members.notKanameUser", name);
            case KANAME_USER -> {
            }
        }
        try {
            members.grant(planId, name, role, rater);
        } catch (AccessDeniedException e) {
            throw new MemberRefusedException(texts.refusal(e), e);
        }
    }

    /** Removes {@code login} from the plan; false if it was not a member. Only the plan's owner may. */
    public boolean revoke(long planId, String login) throws PlanNotFoundException, MemberRefusedException {
        requireShared();
        plans.open(planId);
        try {
            return members.revoke(planId, checkedLogin(login));
        } catch (AccessDeniedException e) {
            throw new MemberRefusedException(texts.refusal(e), e);
        }
    }

    /** The role's name in the person's language (所有者, 編集者, 採点者, 閲覧者). */
    public String roleName(PlanRole role) {
        return texts.roleName(role);
    }

    private String checkedLogin(String login) throws MemberRefusedException {
        String name = login == null ? "" : login.strip();
        if (name.isEmpty()) {
            throw refused("members.loginBlank");
        }
        if (name.length() > MAX_LOGIN) {
            throw refused("members.loginTooLong", name.length(), MAX_LOGIN);
        }
        return name;
    }

    private void requireShared() throws MemberRefusedException {
        if (!members.supported()) {
            throw refused("members.localOnly");
        }
    }

    private static String raterIds(Plan plan) {
        return plan.raters().stream().map(Rater::id).collect(Collectors.joining(", "));
    }

    private MemberRefusedException refused(String key, Object... args) {
        return new MemberRefusedException(messages.get(key, args), null);
    }
}
