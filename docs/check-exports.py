#!/usr/bin/env python3
"""Loads dyad's graph and GDELT exports with public tools, as a user would, and says what it found.

    dyad export --db news.db --format gexf --out news.gexf
    dyad export --db news.db --format graphml --out news.graphml
    dyad export --db news.db --format gdelt --out news.tsv
    python3 docs/check-exports.py news.gexf news.graphml news.tsv

GEXF and GraphML are read with networkx (every node must have a label; GEXF edges and nodes must
carry spells), a .tsv as a GDELT 2.0 event file with pandas when it is installed (61 columns, the
codebook's names, CAMEO codes read as text so "051" keeps its zero). Exits 1 on the first check
that fails.
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
    if path.endswith('.gexf'):
        check(all(d.get('spells') for _, _, d in g.edges(data=True)), f'{path}: an edge without spells')
        starts = sorted(s for _, _, d in g.edges(data=True) for s, _ in d['spells'])
        line += f', spells from {starts[0]} to {max(e for _, _, d in g.edges(data=True) for _, e in d["spells"])}' if starts else ''
    print(line)


def gdelt(path):
    try:
        import pandas as pd
    except ImportError:
        print(f'{path}: pandas is not installed; skipped')
        return
    text = {c: str for c in ['EventCode', 'EventBaseCode', 'EventRootCode', 'Actor1Code', 'Actor2Code']}
    df = pd.read_csv(path, sep='\t', header=None, names=GDELT, dtype=text, keep_default_na=False, na_values=[''])
    check(df.shape[1] == 61, f'{path}: {df.shape[1]} columns, not 61')
    check(df['EventCode'].dropna().str.fullmatch(r'\d{3,4}').all(), f'{path}: an EventCode that is not 3-4 digits')
    check(pd.api.types.is_integer_dtype(df['Day']), f'{path}: Day is not an integer column')
    print(f'{path}: {len(df)} events, 61 columns; EventCode as text, Day {df["Day"].dtype}, GoldsteinScale {df["GoldsteinScale"].dtype}')


for p in sys.argv[1:]:
    gdelt(p) if p.endswith('.tsv') else graph(p)
