#!/usr/bin/python3
"""Peer measurements for msp-examples/bench/run.sh: NetworkX and SciPy on the graph the JMH benchmarks use.

    /usr/bin/python3 peers.py OP DIR [K]

OP is one of
  build        NetworkX DiGraph from edges.tsv (+ nodes' own supply): add_edges_from with flow and capacity
  idom         nx.immediate_dominators from a root feeding every vertex with own supply, over edges carrying flow
               (the library's definition, Dominance.immediateDominators)
  preflow      nx.algorithms.flow.preflow_push on maxflow.tsv (super-source n+1, super-sink n), on the same int32
               capacities as SciPy (NetworkX 2.8 can fail on float capacities, see integral())
  scipy        scipy.sparse.csgraph.maximum_flow (Dinic) on maxflow.tsv; capacities scaled and rounded to int32
               as SciPy requires (the value is compared with the library's in the table)
  betweenness  nx.betweenness_centrality on edges.tsv (directed, unweighted: Brandes); with K < n it samples K
               sources (k=K, seed=1) and the full time is extrapolated as time * n / K, labelled as such
DIR holds the files written by org.msp.examples.bench.Export. Prints one JSON line. Loading the files and
building the input structure are not timed, except for 'build', which times exactly that.
"""
import json
import sys
import time

import networkx as nx
import numpy as np


def read(path, cols):
    with open(path) as f:
        f.readline()
        a = np.array(f.read().split(), dtype=float)
    return a.reshape(-1, cols)


def nodes(d):
    with open(d + "/nodes.tsv") as f:
        f.readline()
        own = [float(line.split("\t", 2)[1]) for line in f]
    return np.array(own)


def integral(d):
    """The max-flow graph with int32 capacities: scaled so the super-source's total fits with room to spare."""
    e = read(d + "/maxflow.tsv", 3)
    n = int(e[:, :2].max()) - 1  # S = n + 1, T = n
    total = e[e[:, 0] == n + 1, 2].sum()
    scale = max(1.0, total / 1e9)
    cap = np.rint(e[:, 2] / scale).astype(np.int32)
    return e, n, scale, cap


def main():
    op, d = sys.argv[1], sys.argv[2]
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    out = {"op": op, "networkx": nx.__version__}
    if op == "build":
        e = read(d + "/edges.tsv", 4)
        own = nodes(d)
        t = e[:, 0].astype(int).tolist()
        h = e[:, 1].astype(int).tolist()
        fl = e[:, 2].tolist()
        ca = e[:, 3].tolist()
        start = time.perf_counter()
        g = nx.DiGraph()
        g.add_nodes_from((v, {"own": own[v]}) for v in range(len(own)))
        g.add_edges_from((t[i], h[i], {"flow": fl[i], "capacity": ca[i]}) for i in range(len(t)))
        out["seconds"] = time.perf_counter() - start
        out["value"] = g.number_of_edges()
    elif op == "idom":
        e = read(d + "/edges.tsv", 4)
        own = nodes(d)
        n = len(own)
        g = nx.DiGraph()
        g.add_nodes_from(range(n + 1))
        g.add_edges_from((int(a), int(b)) for a, b, f in zip(e[:, 0], e[:, 1], e[:, 2]) if f > 0)
        g.add_edges_from((n, v) for v in range(n) if own[v] > 0)
        start = time.perf_counter()
        idom = nx.immediate_dominators(g, n)
        out["seconds"] = time.perf_counter() - start
        out["value"] = sum(1 for v, dv in idom.items() if v != n and dv != n)
    elif op == "preflow":
        # Integer capacities, scaled as for SciPy: on float capacities NetworkX 2.8's preflow_push can fail
        # ("min() arg is an empty sequence" in relabel) when rounding leaves an excess with no residual arc.
        e, n, scale, cap = integral(d)
        g = nx.DiGraph()
        g.add_edges_from((int(a), int(b), {"capacity": int(c)}) for a, b, c in zip(e[:, 0], e[:, 1], cap))
        start = time.perf_counter()
        r = nx.algorithms.flow.preflow_push(g, n + 1, n)
        out["seconds"] = time.perf_counter() - start
        out["value"] = r.graph["flow_value"] * scale
        out["scale"] = scale
    elif op == "scipy":
        import scipy
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import maximum_flow
        out["scipy"] = scipy.__version__
        e, n, scale, cap = integral(d)
        m = csr_matrix((cap, (e[:, 0].astype(np.int32), e[:, 1].astype(np.int32))), shape=(n + 2, n + 2))
        m.sum_duplicates()
        start = time.perf_counter()
        r = maximum_flow(m, n + 1, n)
        out["seconds"] = time.perf_counter() - start
        out["value"] = float(r.flow_value) * scale
        out["scale"] = scale
    elif op == "betweenness":
        e = read(d + "/edges.tsv", 4)
        own = nodes(d)
        n = len(own)
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        g.add_edges_from((int(a), int(b)) for a, b in e[:, :2])
        sources = n if k <= 0 or k >= n else k
        start = time.perf_counter()
        nx.betweenness_centrality(g, k=None if sources == n else sources, seed=1)
        s = time.perf_counter() - start
        out["sampled_sources"] = sources
        out["measured_seconds"] = s
        out["seconds"] = s * n / sources
        out["extrapolated"] = sources < n
    else:
        raise SystemExit("unknown op " + op)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
