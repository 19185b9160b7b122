#!/usr/bin/env python3
"""Loads dyad's graph and GDELT exports with public tools, as a user would, and says what it found.

    dyad export --db news.db --format gexf --out news.gexf
    dyad export --db news.db --format graphml --out news.graphml
    dyad export --db news.db --format gdelt --out news.tsv
    python3 docs/check-exports.py news.gexf news.graphml news.tsv

GEXF and GraphML are read with networkx (every node must have a label; GEXF edges and nodes must
carry spells), a .tsv as a GDELT 2.0 event file with pandas when it is installed (61 columns, the
codebook's names and each column of its codebook type, CAMEO codes read as text so "051" keeps its
zero). Exits 1 on the first check that fails. Run with Debian's python3-pandas and python3-networkx
(/usr/bin/python3); docs/exports-check.md shows its output on the bundled examples.
"""
import sys

import networkx as nx

GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID']
ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code']
GDELT = (['GLOBALEVENTID', 'Day', 'MonthYear', 'Year', 'FractionDate']
         + ['Actor1' + c for c in ACTOR] + ['Actor2' + c for c in ACTOR]
         + ['IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone']
         + ['Actor1Geo_' + c for c in GEO] + ['Actor2Geo_' + c for c in GEO] + ['ActionGeo_' + c for c in GEO]
         + ['DATEADDED', 'SOURCEURL'])


def check(ok, what):
    if not ok:
        sys.exit(f'check-exports: {what}')


def graph(path):
    g = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
    check(g.is_directed(), f'{path}: not directed')
    check(all(d.get('label') for _, d in g.nodes(data=True)), f'{path}: a node without a label')
    check(nx.number_of_selfloops(g) == 0, f'{path}: self-loops')
    line = f'{path}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges'
    node_keys = sorted({k for _, d in g.nodes(data=True) for k in d if k != 'spells'})
    edge_keys = sorted({k for _, _, d in g.edges(data=True) for k in d if k not in ('spells', 'id')})
    line += f'\n  node attributes: {", ".join(node_keys)}\n  edge attributes: {", ".join(edge_keys)}'
    if path.endswith('.gexf'):
        check(all(d.get('spells') for _, _, d in g.edges(data=True)), f'{path}: an edge without spells')
        check(all(d.get('spells') for _, d in g.nodes(data=True)), f'{path}: a node without spells')
        starts = sorted(s for _, _, d in g.edges(data=True) for s, _ in d['spells'])
        line += f'\n  spells from {starts[0]} to {max(e for _, _, d in g.edges(data=True) for _, e in d["spells"])}' if starts else ''
    print(line)


# The codebook's type of each column, as pandas reads it: codes as text (so CAMEO "051" and "010"
# keep their zeros), counts and dates as integers, nullable (Int64) where dyad may not know the value.
DTYPES = {'GLOBALEVENTID': 'int64', 'Day': 'Int64', 'MonthYear': 'Int64', 'Year': 'Int64', 'FractionDate': 'float64'}
for side in ('Actor1', 'Actor2'):
    DTYPES.update({side + c: 'string' for c in ACTOR})
DTYPES.update({'IsRootEvent': 'Int64', 'EventCode': 'string', 'EventBaseCode': 'string', 'EventRootCode': 'string',
               'QuadClass': 'Int64', 'GoldsteinScale': 'float64', 'NumMentions': 'int64', 'NumSources': 'int64',
               'NumArticles': 'int64', 'AvgTone': 'float64'})
for block in ('Actor1Geo_', 'Actor2Geo_', 'ActionGeo_'):
    DTYPES.update({block + 'Type': 'Int64', block + 'FullName': 'string', block + 'CountryCode': 'string',
                   block + 'ADM1Code': 'string', block + 'ADM2Code': 'string', block + 'Lat': 'float64',
                   block + 'Long': 'float64', block + 'FeatureID': 'string'})
DTYPES.update({'DATEADDED': 'int64', 'SOURCEURL': 'string'})


def gdelt(path):
    try:
        import pandas as pd
    except ImportError:
        print(f'{path}: pandas is not installed; skipped')
        return
    check(len(GDELT) == 61 and list(DTYPES) == GDELT, 'the codebook table here is not 61 columns')
    df = pd.read_csv(path, sep='\t', header=None, names=GDELT, dtype=DTYPES, keep_default_na=False, na_values=[''])
    check(df.shape[1] == 61, f'{path}: {df.shape[1]} columns, not 61')
    wrong = [f'{c} {df[c].dtype}' for c in GDELT if str(df[c].dtype) != DTYPES[c]]
    check(not wrong, f'{path}: columns not of the codebook type: {wrong}')
    check(df['EventCode'].dropna().str.fullmatch(r'\d{3,4}').all(), f'{path}: an EventCode that is not 3-4 digits')
    check((df['EventRootCode'].dropna().str.len() == 2).all(), f'{path}: an EventRootCode that is not 2 digits')
    check(df['GLOBALEVENTID'].is_unique, f'{path}: GLOBALEVENTID repeats')
    placed = df['ActionGeo_Type'].notna().sum()
    located = df['ActionGeo_Lat'].notna().sum()
    print(f'{path}: {len(df)} events, 61 columns of the codebook types '
          f'(EventCode {df["EventCode"].dtype}, Day {df["Day"].dtype}, GoldsteinScale {df["GoldsteinScale"].dtype}, '
          f'ActionGeo_Lat {df["ActionGeo_Lat"].dtype}); root codes {", ".join(sorted(df["EventRootCode"].dropna().unique()))}')
    print(f'  geography: Actor1Geo for {df["Actor1Geo_Type"].notna().sum()}, ActionGeo for {placed} ({located} with lat/long)')
    for _, r in df[df['ActionGeo_Type'].notna()].head(3).iterrows():
        print(f'    {r["EventCode"]} {r["Actor1Code"]} -> {r["Actor2Code"]} at {r["ActionGeo_FullName"]} ({r["ActionGeo_CountryCode"]}, {r["ActionGeo_Lat"]}, {r["ActionGeo_Long"]})')


for p in sys.argv[1:]:
    gdelt(p) if p.endswith('.tsv') else graph(p)
