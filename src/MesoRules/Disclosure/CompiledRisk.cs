using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Disclosure;

/// <summary>One risk with every tailoring variant built, indexed by the bit mask of the tailorings that apply.</summary>
internal sealed class CompiledRisk(string id, RiskTailoring[] tailorings, DisclosedRisk[] variants, byte[][] lines, IngredientNames ingredients)
{
    public string Id { get; } = id;

    public RiskTailoring[] Tailorings { get; } = tailorings;

    public DisclosedRisk[] Variants { get; } = variants;

    public byte[][] Lines { get; } = lines;

    public int VariantOf(PatientProfile patient)
    {
        int mask = 0;
        for (int i = 0; i < Tailorings.Length; i++)
        {
            if (Tailorings[i].Applies(patient, ingredients))
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }
}
