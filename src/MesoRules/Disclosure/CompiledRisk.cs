using System.Collections.Immutable;
using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Disclosure;

/// <summary>
/// One risk in a policy's wording: its shown fields, the explanation of each tailoring, and its baseline variant (no
/// tailoring applies). This is what the policy's canonical text names; the other variants and their canonical lines
/// are built from it by <see cref="Compile"/>, which cannot fail for a validated policy.
/// </summary>
internal sealed class RiskWording
{
    private readonly string[] _reasons;

    public RiskWording(RiskDefinition definition, string title, string text, string course, string mitigation, Provenance provenance, string[] reasons)
    {
        Definition = definition;
        Title = title;
        Text = text;
        Course = course;
        Mitigation = mitigation;
        Provenance = provenance;
        RaisingFacts = [.. definition.RaisingFacts];
        _reasons = reasons;
        Baseline = Variant(0);
    }

    public RiskDefinition Definition { get; }

    public string Id => Definition.Id;

    public string Title { get; }

    public string Text { get; }

    public string Course { get; }

    public string Mitigation { get; }

    public Provenance Provenance { get; }

    public ImmutableArray<string> RaisingFacts { get; }

    /// <summary>The explanation shown when tailoring <paramref name="index"/> applies, in the policy's wording.</summary>
    public string Reason(int index) => _reasons[index];

    /// <summary>The variant shown when no tailoring applies.</summary>
    public DisclosedRisk Baseline { get; }

    /// <summary>Every variant (at most 2^3) with the lines of the canonical document that name it, for the risk shown at <paramref name="shownAt"/>.</summary>
    public CompiledRisk Compile(int shownAt)
    {
        int count = 1 << Definition.Tailorings.Length;
        var variants = new DisclosedRisk[count];
        var lines = new byte[count][];
        for (int mask = 0; mask < count; mask++)
        {
            variants[mask] = mask == 0 ? Baseline : Variant(mask);
            lines[mask] = DisclosureCanonicalForm.ItemLines(shownAt, variants[mask]);
        }

        return new CompiledRisk(Id, Definition.Tailorings, variants, lines);
    }

    /// <summary>The variant for the tailorings set in <paramref name="mask"/>: each raises the level and adds its reason.</summary>
    private DisclosedRisk Variant(int mask)
    {
        RiskTailoring[] tailorings = Definition.Tailorings;
        RiskLevel level = RiskLevel.Baseline;
        var raisedBy = ImmutableArray.CreateBuilder<RiskRaise>();
        for (int i = 0; i < tailorings.Length; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                raisedBy.Add(new RiskRaise(tailorings[i].Fact, _reasons[i]));
                level = tailorings[i].Level > level ? tailorings[i].Level : level;
            }
        }

        return new DisclosedRisk(Id, Title, Definition.Likelihood, level, Text, Course, Mitigation, raisedBy.ToImmutable(), RaisingFacts, Definition.Rationale, Provenance, Definition.Citation);
    }
}

/// <summary>One risk with every tailoring variant built, indexed by the bit mask of the tailorings that apply.</summary>
internal sealed class CompiledRisk(string id, RiskTailoring[] tailorings, DisclosedRisk[] variants, byte[][] lines)
{
    public string Id { get; } = id;

    public RiskTailoring[] Tailorings { get; } = tailorings;

    public DisclosedRisk[] Variants { get; } = variants;

    public byte[][] Lines { get; } = lines;

    public int VariantOf(PatientProfile patient, TailoringContext context)
    {
        int mask = 0;
        for (int i = 0; i < Tailorings.Length; i++)
        {
            if (Tailorings[i].Applies(patient, context))
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }
}
