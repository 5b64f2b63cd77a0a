"""The analyst's notebook: Twinlens's indicators (no filter) computed with pandas + openpyxl
from the same canonical workbook, as indicators.md defines them.

    /usr/bin/python3 bench/peer/indicators.py PROGRAMME.xlsx REGIONS.json

REGIONS.json maps ISO country codes to programme regions (the lookup table an analyst keeps
beside the notebook; the bench writes it from Twinlens's UN M49 defaults). Prints one JSON
object: {"seconds": time from opening the file to the last indicator, "indicators": {...}}
with the keys and shapes of `twinlens indicators --json`, less `results` and `outcomes`
(results.md): the notebook computes the descriptive indicators only, and the bench compares
those (bench/lib/peer.ts, PEER_LEAVES_OUT). It reads every sheet, the results sheets too, as
a notebook opening the workbook would.
"""
import json
import math
import sys
import time

import pandas as pd

HELICES = ["academia", "business", "government", "civil society"]


def yes(series):
    return series.fillna("").astype(str).str.strip().str.lower().isin(["yes", "y", "true", "1", "x"])


def r4(x):
    # DuckDB's round(): half away from zero, at 4 places.
    return math.floor(abs(x) * 10000 + 0.5) / 10000 * (1 if x >= 0 else -1)


def months(start, end):
    return (end.dt.year - start.dt.year) * 12 + (end.dt.month - start.dt.month)


def compute(path, regions):
    sheets = pd.read_excel(path, sheet_name=None, engine="openpyxl")
    entities = sheets["Entities"]
    pairings = sheets["Pairings"]
    members = sheets["Members"]
    themes = sheets.get("Themes", pd.DataFrame(columns=["pairing_id", "theme", "primary"]))
    stakeholders = sheets.get("Stakeholders", pd.DataFrame(columns=["pairing_id", "organisation", "helix", "participants"]))
    activities = sheets.get("Activities", pd.DataFrame(columns=["pairing_id", "date", "type", "participants"]))

    for frame in (entities, pairings, members, themes, stakeholders, activities):
        for column in ("pairing_id", "entity_id"):
            if column in frame:
                frame[column] = frame[column].astype(str).str.strip()

    entities["region"] = entities["region"].where(entities["region"].notna(), entities["country"].map(regions))
    entities["gcom_signatory"] = yes(entities["gcom_signatory"])
    entities["gcom_action_plan"] = yes(entities["gcom_action_plan"])
    entities["gcom_joined"] = pd.to_datetime(entities["gcom_joined"])
    pairings["start_date"] = pd.to_datetime(pairings["start_date"])
    pairings["end_date"] = pd.to_datetime(pairings["end_date"])
    stakeholders["participants"] = stakeholders["participants"].fillna(1)

    scope = pairings[["pairing_id"]].drop_duplicates()
    ids = set(scope["pairing_id"])
    sm = (
        members[members["pairing_id"].isin(ids)][["pairing_id", "entity_id"]]
        .merge(entities[["entity_id", "country", "region"]], on="entity_id")
        .drop_duplicates()
    )
    th = themes[themes["pairing_id"].isin(ids)]
    st = stakeholders[stakeholders["pairing_id"].isin(ids)]
    ac = activities[activities["pairing_id"].isin(ids)]

    summary = {
        "pairings": int(len(scope)),
        "entities": int(sm["entity_id"].nunique()),
        "countries": int(sm["country"].nunique()),
        "regions": int(sm["region"].nunique()),
        "themes": int(th["theme"].nunique()),
        "organisations": int(len(st)),
        "participants": float(st["participants"].sum()),
        "activities": int(len(ac)),
    }

    by_region = sm.groupby("region").agg(pairings=("pairing_id", "nunique"), entities=("entity_id", "nunique")).reset_index()
    by_region = by_region.sort_values(["pairings", "region"], ascending=[False, True])
    pairings_by_region = [
        {"region": r.region, "pairings": int(r.pairings), "entities": int(r.entities)} for r in by_region.itertuples()
    ]

    pairs = sm.merge(sm, on="pairing_id", suffixes=("_x", "_y"))
    pairs = pairs[pairs["entity_id_x"] < pairs["entity_id_y"]]

    def flows(level):
        a = pairs[[f"{level}_x", f"{level}_y"]].min(axis=1)
        b = pairs[[f"{level}_x", f"{level}_y"]].max(axis=1)
        f = pd.DataFrame({"a": a, "b": b, "pairing_id": pairs["pairing_id"]})
        g = f.groupby(["a", "b"])["pairing_id"].nunique().reset_index(name="pairings")
        g = g.sort_values(["pairings", "a", "b"], ascending=[False, True, True])
        return [{"a": x.a, "b": x.b, "pairings": int(x.pairings)} for x in g.itertuples()]

    pt = th[["pairing_id", "theme"]].drop_duplicates()
    theme_counts = pt.groupby("theme")["pairing_id"].nunique().reset_index(name="pairings")
    theme_counts = theme_counts.sort_values(["pairings", "theme"], ascending=[False, True])
    per_theme = dict(zip(theme_counts["theme"], theme_counts["pairings"]))
    both = pt.merge(pt, on="pairing_id")
    both = both[both["theme_x"] < both["theme_y"]]
    shared = both.groupby(["theme_x", "theme_y"]).size().reset_index(name="pairings")
    shared = shared.sort_values(["pairings", "theme_x", "theme_y"], ascending=[False, True, True])
    overlap = [
        {"a": s.theme_x, "b": s.theme_y, "pairings": int(s.pairings),
         "jaccard": r4(s.pairings / (per_theme[s.theme_x] + per_theme[s.theme_y] - s.pairings))}
        for s in shared.itertuples()
    ]
    per_pairing_themes = pt.groupby("pairing_id")["theme"].nunique()
    multi = r4((per_pairing_themes >= 2).sum() / len(per_pairing_themes)) if len(per_pairing_themes) else 0

    total = float(st["participants"].sum())
    helix_rows = []
    for h in HELICES:
        rows = st[st["helix"] == h]
        p = float(rows["participants"].sum())
        helix_rows.append({"helix": h, "organisations": int(len(rows)), "participants": p, "share": r4(p / total) if total else 0})
    helix_rows.sort(key=lambda r: (-r["organisations"], r["helix"]))

    ph = st.groupby(["pairing_id", "helix"])["participants"].sum().reset_index()
    per_pairing = ph.groupby("pairing_id").agg(helices=("helix", "count"), total=("participants", "sum"))
    ph = ph.merge(per_pairing["total"].reset_index(), on="pairing_id")
    share = ph["participants"] / ph["total"]
    ph["term"] = (share * share.apply(lambda s: math.log(s) if s > 0 else 0)).where((ph["participants"] > 0) & (ph["total"] > 0), 0)
    evenness = -ph.groupby("pairing_id")["term"].sum() / math.log(4)
    n = len(scope)
    coverage = {
        "quadrupleHelixShare": r4((per_pairing["helices"] == 4).sum() / n) if n else 0,
        "meanHelixCoverage": r4(per_pairing["helices"].sum() / 4 / n) if n else 0,
        "meanEvenness": r4(evenness.mean()) if len(evenness) else 0,
    }

    scoped = entities[entities["entity_id"].isin(set(sm["entity_id"]))]
    joined = (
        sm[["pairing_id", "entity_id"]]
        .merge(scoped[["entity_id", "gcom_signatory", "gcom_joined"]], on="entity_id")
        .merge(pairings[["pairing_id", "start_date", "end_date"]], on="pairing_id")
    )
    joined = joined[
        joined["gcom_signatory"] & joined["gcom_joined"].notna() & joined["start_date"].notna()
        & (joined["gcom_joined"] >= joined["start_date"])
        & (joined["end_date"].isna() | (joined["gcom_joined"] <= joined["end_date"]))
    ]
    signatories = int(scoped["gcom_signatory"].sum())
    gcom_regions = scoped.groupby("region").agg(entities=("entity_id", "size"), signatories=("gcom_signatory", "sum")).reset_index()
    gcom_regions = gcom_regions.sort_values(["entities", "region"], ascending=[False, True])
    gcom = {
        "entities": int(len(scoped)),
        "signatories": signatories,
        "share": r4(signatories / len(scoped)) if len(scoped) else 0,
        "actionPlans": int((scoped["gcom_signatory"] & scoped["gcom_action_plan"]).sum()),
        "joinedDuringPairing": int(joined["entity_id"].nunique()),
        "byRegion": [
            {"region": g.region, "entities": int(g.entities), "signatories": int(g.signatories), "share": r4(g.signatories / g.entities)}
            for g in gcom_regions.itertuples()
        ],
    }

    sp = pairings[pairings["pairing_id"].isin(ids)]
    durations = months(sp["start_date"], sp["end_date"]).dropna()
    types = ac.assign(type=ac["type"].fillna("unspecified"), participants=ac["participants"].fillna(0))
    by_type = types.groupby("type").agg(activities=("pairing_id", "size"), participants=("participants", "sum")).reset_index()
    by_type = by_type.sort_values(["activities", "type"], ascending=[False, True])
    delivery = {
        "actionPlans": {k: int((sp["action_plan"] == k).sum()) for k in ("none", "drafting", "adopted")},
        "pilotProjects": float(sp["pilot_projects"].fillna(0).sum()),
        "activitiesByType": [
            {"type": t.type, "activities": int(t.activities), "participants": float(t.participants)} for t in by_type.itertuples()
        ],
        "medianDurationMonths": float(durations.median()) if len(durations) else None,
    }

    # Section 6: hubs, and components by union-find over the members of each pairing.
    counts = sm.groupby("entity_id").size().rename("pairings").reset_index()
    hub_rows = counts[counts["pairings"] >= 2].merge(entities[["entity_id", "name", "country"]], on="entity_id")
    hubs = sorted(
        ({"entity": h.entity_id, "name": str(h.name), "country": h.country, "pairings": int(h.pairings)} for h in hub_rows.itertuples()),
        key=lambda h: (-h["pairings"], h["name"], h["entity"]),
    )
    parent = {e: e for e in sm["entity_id"]}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for group in sm.groupby("pairing_id")["entity_id"]:
        members_of = list(group[1])
        for m in members_of[1:]:
            parent[find(m)] = find(members_of[0])
    sizes = {}
    for e in parent:
        root = find(e)
        sizes[root] = sizes.get(root, 0) + 1
    network = {
        "multiPairingEntities": len(hubs),
        "hubs": hubs,
        "components": len(sizes),
        "largestComponent": max(sizes.values(), default=0),
    }

    return {
        "summary": summary,
        "pairingsByRegion": pairings_by_region,
        "regionMatrix": flows("region"),
        "countryMatrix": flows("country"),
        "themes": [{"theme": t.theme, "pairings": int(t.pairings)} for t in theme_counts.itertuples()],
        "themeOverlap": overlap,
        "multiThemeShare": multi,
        "stakeholderMix": {"byHelix": helix_rows, **coverage},
        "gcom": gcom,
        "delivery": delivery,
        "network": network,
    }


def main():
    path, regions_path = sys.argv[1], sys.argv[2]
    with open(regions_path) as f:
        regions = json.load(f)
    started = time.perf_counter()
    indicators = compute(path, regions)
    seconds = time.perf_counter() - started
    json.dump({"seconds": seconds, "indicators": indicators}, sys.stdout)


if __name__ == "__main__":
    main()
