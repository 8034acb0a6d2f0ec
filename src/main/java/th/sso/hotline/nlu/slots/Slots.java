package th.sso.hotline.nlu.slots;

/**
 * The facts about the person that a calculation needs, as far as the messages said them; null when not said.
 *
 * @param monthlyWage       baht a month
 * @param monthsContributed months of contributions paid
 * @param age               years
 * @param section           33, 39 or 40
 * @param leaveReason       why the last job ended
 * @param section40Option   1, 2 or 3
 * @param children          how many children the person has
 * @param spent             baht already used of a yearly allowance (dental care)
 */
public record Slots(Integer monthlyWage, Integer monthsContributed, Integer age, Integer section,
                    LeaveReason leaveReason, Integer section40Option, Integer children, Integer spent) {

    public static final Slots NONE = new Slots(null, null, null, null, null, null, null, null);

    public Slots(Integer monthlyWage, Integer monthsContributed, Integer age, Integer section,
                 LeaveReason leaveReason, Integer section40Option) {
        this(monthlyWage, monthsContributed, age, section, leaveReason, section40Option, null, null);
    }

    /** These slots, with what {@code newer} says taking precedence. */
    public Slots updatedBy(Slots newer) {
        return new Slots(pick(newer.monthlyWage, monthlyWage), pick(newer.monthsContributed, monthsContributed),
                pick(newer.age, age), pick(newer.section, section), pick(newer.leaveReason, leaveReason),
                pick(newer.section40Option, section40Option), pick(newer.children, children), pick(newer.spent, spent));
    }

    /** The same facts without the section (a comparison names sections the person is not in). */
    public Slots withoutSection() {
        return new Slots(monthlyWage, monthsContributed, age, null, leaveReason, section40Option, children, spent);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static <T> T pick(T newer, T older) {
        return newer != null ? newer : older;
    }
}
