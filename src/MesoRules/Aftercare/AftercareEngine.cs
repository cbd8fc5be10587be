using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using MesoRules.Core;
using MesoRules.Localization;
using MesoRules.Policy;

namespace MesoRules.Aftercare;

/// <summary>
/// Answers what a patient must avoid after a session, and until when: the schedule of windows after a
/// session, a check of one activity at one instant, every restriction still in force at an instant, and
/// a printable aftercare sheet. Immutable and thread-safe; each call reads one policy snapshot, and every
/// result carries its <see cref="MesoRulesPolicy.Version"/> and rule ids.
/// </summary>
/// <remarks>
/// <para>
/// Windows are elapsed time on instants (<see cref="DateTimeOffset"/>), not calendar days: 48 hours across
/// a daylight-saving change are 48 elapsed hours. Every window is half-open: it includes its start (the
/// session end) and excludes its end, so exactly at the end instant the activity is allowed.
/// </para>
/// <para>
/// Session ends must lie between 1900-01-01T00:00:00Z and 9999-01-01T00:00:00Z (both included)
/// inclusive, so no window can overflow; a <see langword="default"/>, <see cref="DateTimeOffset.MinValue"/>
/// or <see cref="DateTimeOffset.MaxValue"/> session end is refused with an <see cref="ArgumentOutOfRangeException"/>.
/// A checked instant may be any value. Practitioner's instructions (<see cref="AftercareInstruction"/>)
/// apply to every session of the history passed with them.
/// </para>
/// </remarks>
public sealed class AftercareEngine
{
    private readonly IMesoRulesPolicyProvider _policies;

    /// <summary>Creates an engine over the shipped default policy.</summary>
    public AftercareEngine()
        : this(MesoRulesPolicy.Default)
    {
    }

    /// <summary>Creates an engine over a policy provider. The engine reads no clock: every query names its instant.</summary>
    /// <param name="policies">The policy provider: a fixed <see cref="MesoRulesPolicy"/>, or the one registered by <c>AddMesoRules</c>, which follows option changes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policies"/> is <see langword="null"/>.</exception>
    public AftercareEngine(IMesoRulesPolicyProvider policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        _policies = policies;
    }

    /// <summary>The earliest session end accepted: 1900-01-01T00:00:00Z (included).</summary>
    internal static DateTimeOffset EarliestSessionEnd => InstantRange.Earliest;

    /// <summary>The latest session end accepted: 9999-01-01T00:00:00Z (included), so a 30-day window shown in any time zone stays representable.</summary>
    internal static DateTimeOffset LatestSessionEnd => InstantRange.Latest;

    /// <summary>The restrictions of the policy in force, in <see cref="AftercareActivity"/> order, switched-off ones included (<see cref="AftercareRestriction.Enabled"/>).</summary>
    public ImmutableArray<AftercareRestriction> Restrictions => _policies.Current.AftercareRules.Restrictions;

    /// <summary>The guidance without a window of the policy in force, in the order a sheet shows it.</summary>
    public ImmutableArray<AftercareGuidance> Guidance => _policies.Current.AftercareRules.Guidance;

    /// <summary>Checks one activity at one instant, given the session history and the practitioner's instructions. Allocation-free.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="at">The instant checked, in any offset.</param>
    /// <param name="sessionEnds">The ends of the patient's sessions, in any order, at least one (an empty history is refused, never read as nothing to avoid); the latest at or before <paramref name="at"/> governs, later ones do not count.</param>
    /// <param name="instructions">The practitioner's instructions for this patient, each replacing the policy's window of its activity; may be empty.</param>
    /// <returns>The status, the instants at which the activity becomes allowed with caution and allowed, the rule id, the override reason and the policy version.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> or an instruction's activity is undefined, an instruction's duration is not in (0, 30 days], or a session end is outside [1900-01-01T00:00:00Z, 9999-01-01T00:00:00Z].</exception>
    /// <exception cref="ArgumentNullException">An instruction is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessionEnds"/> is empty, or an instruction is invalid: minimum above recommended, an activity named twice, a blank reason, or a minimum below the policy minimum without a reason.</exception>
    public AftercareCheck Check(AftercareActivity activity, DateTimeOffset at, ReadOnlySpan<DateTimeOffset> sessionEnds, ReadOnlySpan<AftercareInstruction> instructions = default)
    {
        AftercareArguments.ThrowIfUndefined(activity, nameof(activity));
        InstantRange.ThrowIfOutside(at, nameof(at), CheckedInstants);
        MesoRulesPolicy policy = _policies.Current;
        AftercareRuleSet rules = policy.AftercareRules;
        int governing = LatestAtOrBefore(sessionEnds, at.UtcTicks, nameof(sessionEnds));
        AftercareInstruction? instruction = instructions.IsEmpty ? null : ValidateAndFind(rules, instructions, activity, nameof(instructions));
        return Evaluate(
            rules.ByActivity[(int)activity],
            instruction,
            governing >= 0,
            governing >= 0 ? sessionEnds[governing] : default,
            at,
            policy.Version);
    }

    /// <summary>Lists every restriction still in force at an instant: "what must I still avoid now?".</summary>
    /// <param name="at">The instant checked, in any offset.</param>
    /// <param name="sessionEnds">The ends of the patient's sessions, in any order, at least one (an empty history is refused, never read as nothing to avoid); the latest at or before <paramref name="at"/> governs, later ones do not count.</param>
    /// <param name="instructions">The practitioner's instructions for this patient; may be empty.</param>
    /// <returns>One check per activity not yet allowed or allowed only with caution, in <see cref="AftercareActivity"/> order, and the policy version.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A session end is outside [1900-01-01T00:00:00Z, 9999-01-01T00:00:00Z], or an instruction's activity or duration is out of range.</exception>
    /// <exception cref="ArgumentNullException">An instruction is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sessionEnds"/> is empty, or an instruction is invalid.</exception>
    public AftercareActiveRestrictions ActiveAt(DateTimeOffset at, ReadOnlySpan<DateTimeOffset> sessionEnds, ReadOnlySpan<AftercareInstruction> instructions = default)
    {
        InstantRange.ThrowIfOutside(at, nameof(at), CheckedInstants);
        MesoRulesPolicy policy = _policies.Current;
        AftercareRuleSet rules = policy.AftercareRules;
        int governing = LatestAtOrBefore(sessionEnds, at.UtcTicks, nameof(sessionEnds));
        ValidateAndFind(rules, instructions, null, nameof(instructions));
        DateTimeOffset session = governing >= 0 ? sessionEnds[governing] : default;

        var active = new AftercareCheck[DefaultAftercareRules.ActivityCount];
        int count = 0;
        for (int i = 0; i < active.Length; i++)
        {
            AftercareCheck check = Evaluate(rules.ByActivity[i], Find(instructions, (AftercareActivity)i), governing >= 0, session, at, policy.Version);
            if (check.Status != AftercareStatus.Allowed)
            {
                active[count++] = check;
            }
        }

        return new AftercareActiveRestrictions(at, ImmutableArray.Create(active, 0, count), policy.Version);
    }

    /// <summary>Builds every aftercare window after several sessions: the latest session governs each activity.</summary>
    /// <param name="sessionEnds">The ends of the patient's sessions, in any order; at least one.</param>
    /// <param name="instructions">The practitioner's instructions for this patient; may be empty.</param>
    /// <param name="language">The language of the windows' titles and guidance, the general care and the rendered sheet; <see langword="null"/> for <see cref="PatientLanguage.English"/>.</param>
    /// <returns>One window per restriction in force, starting at the latest session end, the guidance without a window, the policy version and the language.</returns>
    /// <exception cref="ArgumentException"><paramref name="sessionEnds"/> is empty, or an instruction is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A session end is outside [1900-01-01T00:00:00Z, 9999-01-01T00:00:00Z], or an instruction's activity or duration is out of range.</exception>
    /// <exception cref="ArgumentNullException">An instruction is <see langword="null"/>.</exception>
    public AftercareSchedule Schedule(ReadOnlySpan<DateTimeOffset> sessionEnds, ReadOnlySpan<AftercareInstruction> instructions = default, PatientLanguage? language = null)
    {
        int latest = LatestAtOrBefore(sessionEnds, long.MaxValue, nameof(sessionEnds));
        if (latest < 0)
        {
            throw AftercareArguments.NoSessions(nameof(sessionEnds));
        }

        return Build(_policies.Current, sessionEnds[latest], instructions, language);
    }

    /// <summary>The schedule after one checked session end under one snapshot: <see cref="Schedule"/> and the assessment facade both build with it.</summary>
    internal static AftercareSchedule Build(MesoRulesPolicy policy, DateTimeOffset sessionEnd, ReadOnlySpan<AftercareInstruction> instructions, PatientLanguage? language)
    {
        AftercareRuleSet rules = policy.AftercareRules.In(language);
        ValidateAndFind(rules, instructions, null, nameof(instructions));

        var windows = new AftercareWindow[DefaultAftercareRules.ActivityCount];
        int count = 0;
        for (int i = 0; i < windows.Length; i++)
        {
            AftercareRestriction restriction = rules.ByActivity[i];
            AftercareInstruction? instruction = Find(instructions, (AftercareActivity)i);
            if (instruction is not null)
            {
                windows[count++] = new AftercareWindow(
                    restriction.Activity, restriction.RuleId, restriction.Title, restriction.Guidance,
                    sessionEnd, sessionEnd + instruction.Minimum, sessionEnd + instruction.Recommended, true, instruction.Reason);
            }
            else if (restriction.Enabled)
            {
                windows[count++] = new AftercareWindow(
                    restriction.Activity, restriction.RuleId, restriction.Title, restriction.Guidance,
                    sessionEnd, sessionEnd + restriction.Minimum, sessionEnd + restriction.Recommended, false, null);
            }
        }

        if (count < windows.Length)
        {
            Array.Resize(ref windows, count);
        }

        return new AftercareSchedule(sessionEnd, ImmutableCollectionsMarshal.AsImmutableArray(windows), rules.Guidance, policy.Version, rules.Texts.Language) { SheetTexts = rules.Texts };
    }

    private static AftercareCheck Evaluate(AftercareRestriction restriction, AftercareInstruction? instruction, bool hasSession, DateTimeOffset session, DateTimeOffset at, string version)
    {
        TimeSpan minimum;
        TimeSpan recommended;
        string? reason = null;
        if (instruction is not null)
        {
            minimum = instruction.Minimum;
            recommended = instruction.Recommended;
            reason = instruction.Reason;
        }
        else if (restriction.Enabled)
        {
            minimum = restriction.Minimum;
            recommended = restriction.Recommended;
        }
        else
        {
            return new AftercareCheck(restriction.Activity, AftercareStatus.Allowed, restriction.RuleId, null, null, null, null, version);
        }

        if (!hasSession)
        {
            return new AftercareCheck(restriction.Activity, AftercareStatus.Allowed, restriction.RuleId, null, null, null, reason, version);
        }

        long atTicks = at.UtcTicks;
        long start = session.UtcTicks;
        AftercareStatus status = atTicks < start + minimum.Ticks ? AftercareStatus.NotYet
            : atTicks < start + recommended.Ticks ? AftercareStatus.AllowedWithCaution
            : AftercareStatus.Allowed;
        return new AftercareCheck(restriction.Activity, status, restriction.RuleId, session, session + minimum, session + recommended, reason, version);
    }

    /// <summary>Validates every session end and returns the index of the latest one at or before <paramref name="atTicks"/> (UTC), or -1.</summary>
    private static int LatestAtOrBefore(ReadOnlySpan<DateTimeOffset> sessionEnds, long atTicks, string paramName)
    {
        // No session at all is missing information, never "nothing to avoid": every query needs the patient's sessions.
        if (sessionEnds.IsEmpty)
        {
            throw AftercareArguments.NoSessions(paramName);
        }

        int best = -1;
        long bestTicks = long.MinValue;
        for (int i = 0; i < sessionEnds.Length; i++)
        {
            long ticks = sessionEnds[i].UtcTicks;
            if (ticks < InstantRange.EarliestTicks || ticks > InstantRange.LatestTicks)
            {
                InstantRange.ThrowOutside(AftercareArguments.Field(paramName, i), AftercareArguments.SessionEnds);
            }

            if (ticks <= atTicks && ticks > bestTicks)
            {
                best = i;
                bestTicks = ticks;
            }
        }

        return best;
    }

    /// <summary>Validates every instruction against the policy and returns the one for <paramref name="wanted"/>, if any.</summary>
    private static AftercareInstruction? ValidateAndFind(AftercareRuleSet rules, ReadOnlySpan<AftercareInstruction> instructions, AftercareActivity? wanted, string paramName) =>
        InstructionChecks.ValidateAll(rules.ByActivity, instructions, wanted, paramName);

    private static AftercareInstruction? Find(ReadOnlySpan<AftercareInstruction> instructions, AftercareActivity activity)
    {
        foreach (AftercareInstruction instruction in instructions)
        {
            if (instruction.Activity == activity)
            {
                return instruction;
            }
        }

        return null;
    }

    private const string CheckedInstants = "checked instants";
}
