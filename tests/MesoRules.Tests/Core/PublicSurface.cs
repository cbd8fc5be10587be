using System.Reflection;
using MesoRules.Policy;

namespace MesoRules.Tests.Core;

/// <summary>Reads the library's public methods, so a table test can prove it covers every one that takes a kind of argument.</summary>
internal static class PublicSurface
{
    /// <summary>
    /// Every public method (and constructor, unless its type is in <paramref name="constructorsLeftOut"/>) with a
    /// parameter of a matching type, one entry per such parameter: "Type.Method(parameter type names):parameter".
    /// Property accessors, <c>Deconstruct</c> and <c>Equals</c> are left out.
    /// </summary>
    public static SortedSet<string> Parameters(Func<Type, bool> matches, IReadOnlySet<Type> constructorsLeftOut)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Type type in typeof(MesoRulesPolicy).Assembly.GetExportedTypes())
        {
            IEnumerable<MethodBase> members = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.Name is not ("Deconstruct" or "Equals"))
                .Cast<MethodBase>()
                .Concat(constructorsLeftOut.Contains(type) ? [] : type.GetConstructors());
            foreach (MethodBase member in members)
            {
                ParameterInfo[] parameters = member.GetParameters();
                foreach (ParameterInfo p in parameters.Where(p => matches(p.ParameterType)))
                {
                    found.Add($"{type.Name}.{member.Name}({string.Join(",", parameters.Select(q => q.ParameterType.Name))}):{p.Name}");
                }
            }
        }

        return found;
    }
}
