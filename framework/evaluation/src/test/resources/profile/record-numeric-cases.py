# Records numeric-comparison-cases.jsonl, the expected values of NumericComparisonTest: the 2025-05 release's
# numeric comparison (rules in docs/validator-profiles.md) evaluated with real sympy. logicminer's own script,
# written from the release's documented behaviour. Cases whose sympy values hold symbols or infinities are left
# out: they are the documented differences, tested by hand.
# Run from the worktree root: python3 <this file> ../shared/fixtures/logic-dev.jsonl > <the .jsonl beside it>
# (sympy 1.14 recorded the committed file).
import json, re, sys, sympy

FMT = ['$', '$$', '\\[', '\\]', '%', 'm^2', 'm^3']
def nums(s): return [float(x) for x in re.findall(r'\d+\.\d+|\d+', s)]

def compare(gt, ans):
    """returns (value or None, flags)"""
    if gt.strip().lower() == ans.strip().lower():
        return 1.0, ''
    try:
        for c in FMT:
            gt = gt.replace(c, ''); ans = ans.replace(c, '')
        g = nums(gt); m = nums(ans)
        if not g: return None, ''
        gv = mv = None; flag = ''
        if len(g) == 1 and len(m) == 1:
            gv, mv = g[0], m[0]
        else:
            try:
                if "**" not in gt and "**" not in ans and "^" not in gt and "^" not in ans:
                    gv = sympy.sympify(gt.strip()); mv = sympy.sympify(ans.strip())
                    for v in (gv, mv):
                        if getattr(v, 'free_symbols', None): flag = 'symbols'
                        if v in (sympy.zoo, sympy.nan, sympy.oo, -sympy.oo): flag = 'infinite'
            except Exception:
                return None, ''
        if gv is not None and mv is not None:
            d = abs(gv - mv); r = d / (abs(gv) + 1e-8)
            s = max(0.0, 1.0 - r); s = min(s, 1.0)
            return float(s), flag
        return None, ''
    except Exception:
        return None, ''

cases = []
seen = set()
def add(gt, ans):
    if (gt, ans) in seen: return
    seen.add((gt, ans))
    v, flag = compare(gt, ans)
    if flag: return  # documented divergences are tested by hand
    cases.append({"ground_truth": gt, "answer": ans, "expected": v})

gts = []
per = {}
for line in open(sys.argv[1]):
    d = json.loads(line); gt = d['ground_truth']
    if gt not in gts and len(gt) <= 100 and per.get(d['subtopic'], 0) < 1:
        gts.append(gt); per[d['subtopic']] = per.get(d['subtopic'], 0) + 1
gts += ["0.5", "1/3", "(-250-300j)", "12", "1.5e3", "5 m^2", "$10$", "15%", "-7", "3.14159", "0x1F", "2*pi"]
extra = ["", ";", "pi", "sqrt(2)", "0x10", "1e3", "3j", "1_000", "(1, 2)", "[1, 2]", "007", "2 3", "5.", ".5",
         "1/2", "3/4*2", "-(3+4)", "7//2", "abs(-5)", "I*2", "0b101", "1e-3", "twelve", "12 apples", "1.5.2",
         "((2))", "2*(3+4)", "\\frac{1}{2}", "50 %", "$5$", "x=5", "10/2"]
for gt in gts:
    add(gt, gt); add(gt, "  " + gt.upper() + " ")
    ns = re.findall(r'\d+\.\d+|\d+', gt)
    if ns:
        first = ns[0]
        add(gt, gt.replace(first, str(int(float(first)) + 1), 1))
        add(gt, gt.replace(first, str(float(first) * 2), 1))
        add(gt, "-" + gt)
        add(gt, first)
        add(gt, "(" + first + ") + 0*1")
        add(gt, first + "/1")
    for e in extra: add(gt, e)
for c in cases: print(json.dumps(c))
