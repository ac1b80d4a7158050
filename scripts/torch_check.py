#!/usr/bin/python3
"""PyTorch cross-check of trainmesh's models (issue 19; run by scripts/torch-check.sh).

Each case is a directory that trainmesh wrote (train/model's TestTorchCheck):
  model.safetensors  the model, as `trainmesh model export` writes it (tensor
                     names in the Hugging Face layout, the spec in the metadata)
  check.safetensors  one batch (x or tokens, labels) and trainmesh's results
                     on it: logits, loss and the gradient of every tensor
                     ("grad.<tensor name>", same layout as the model)
  config.json        optional: a llama's Hugging Face config (`trainmesh
                     model hf` writes it); the module is then built from it
                     rather than from the file's trainmesh.spec

This script loads the model into a PyTorch implementation of the same
architecture written for the check (below: a table of architectures keyed by
the spec's kind, as in train/model), runs the batch in float64, and compares
trainmesh's float32 logits, loss and gradients with PyTorch's: each tensor's
largest absolute difference over its largest absolute value must be below
1e-4. It prints one JSON line per case and exits 1 if any case fails.

It reads safetensors itself (the format is 8 bytes of header length, a JSON
header, raw little-endian data) so that it needs only Debian's python3-torch.
"""
import json
import math
import os
import struct
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

TOL = 1e-4
DTYPES = {"F32": torch.float32, "F64": torch.float64, "I32": torch.int32, "I64": torch.int64,
          "F16": torch.float16, "BF16": torch.bfloat16, "U8": torch.uint8}


def load_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    meta = header.pop("__metadata__", {})
    body = data[8 + n:]
    tensors = {}
    for name, e in header.items():
        b, en = e["data_offsets"]
        t = torch.frombuffer(bytearray(body[b:en]), dtype=DTYPES[e["dtype"]]) if en > b else torch.zeros(0, dtype=DTYPES[e["dtype"]])
        tensors[name] = t.reshape(e["shape"])
    return tensors, meta


# --- architectures: nn.Spec kind -> PyTorch module -------------------------

class MLP(nn.Module):
    """trainmesh's MLP: Linear (fc0 .. fcN, PyTorch's out x in weights) with ReLU between."""

    def __init__(self, s):
        super().__init__()
        widths = list(s["hidden"] or []) + [s["classes"]]
        self.n = len(widths)
        d = s["inputs"]
        for i, w in enumerate(widths):
            setattr(self, "fc%d" % i, nn.Linear(d, w))
            d = w

    def forward(self, x):
        for i in range(self.n):
            x = getattr(self, "fc%d" % i)(x)
            if i < self.n - 1:
                x = F.relu(x)
        return x


class Conv1D(nn.Module):
    """Hugging Face GPT-2's Conv1D: y = x @ W + b with W stored in x out."""

    def __init__(self, nin, nout):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(nin, nout))
        self.bias = nn.Parameter(torch.empty(nout))

    def forward(self, x):
        return x @ self.weight + self.bias


class Attention(nn.Module):
    def __init__(self, c, heads):
        super().__init__()
        self.h = heads
        self.c_attn = Conv1D(c, 3 * c)
        self.c_proj = Conv1D(c, c)

    def forward(self, x):
        b, t, c = x.shape
        d = c // self.h
        q, k, v = self.c_attn(x).split(c, dim=2)
        q, k, v = (z.view(b, t, self.h, d).transpose(1, 2) for z in (q, k, v))
        s = (q @ k.transpose(-2, -1)) / math.sqrt(d)
        mask = torch.ones(t, t, dtype=torch.bool).tril()
        s = s.masked_fill(~mask, float("-inf"))
        y = F.softmax(s, dim=-1) @ v
        return self.c_proj(y.transpose(1, 2).reshape(b, t, c))


class MLPBlock(nn.Module):
    def __init__(self, c, f):
        super().__init__()
        self.c_fc = Conv1D(c, f)
        self.c_proj = Conv1D(f, c)

    def forward(self, x):
        return self.c_proj(F.gelu(self.c_fc(x), approximate="tanh"))


class Block(nn.Module):
    def __init__(self, c, heads, f):
        super().__init__()
        self.ln_1 = nn.LayerNorm(c, eps=1e-5)
        self.attn = Attention(c, heads)
        self.ln_2 = nn.LayerNorm(c, eps=1e-5)
        self.mlp = MLPBlock(c, f)

    def forward(self, x):
        x = x + self.attn(self.ln_1(x))
        return x + self.mlp(self.ln_2(x))


class GPT2(nn.Module):
    """trainmesh's char transformer in GPT2LMHeadModel's names: pre-norm blocks,
    learned positions, tanh GELU, an untied lm_head with a bias."""

    def __init__(self, s):
        super().__init__()
        c = s["dim"]
        f = (s.get("mlp_ratio") or 4) * c
        self.transformer = nn.Module()
        self.transformer.wte = nn.Embedding(s["vocab"], c)
        self.transformer.wpe = nn.Embedding(s["context"], c)
        self.transformer.h = nn.ModuleList(Block(c, s["heads"], f) for _ in range(s["layers"]))
        self.transformer.ln_f = nn.LayerNorm(c, eps=1e-5)
        self.lm_head = nn.Linear(c, s["vocab"], bias=True)

    def forward(self, tokens):
        t = tokens.shape[1]
        x = self.transformer.wte(tokens) + self.transformer.wpe(torch.arange(t))
        for blk in self.transformer.h:
            x = blk(x)
        return self.lm_head(self.transformer.ln_f(x))


class RMSNorm(nn.Module):
    def __init__(self, c, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(c))
        self.eps = eps

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


class LlamaAttention(nn.Module):
    def __init__(self, c, heads, kv_heads, theta):
        super().__init__()
        self.h, self.kv, self.d = heads, kv_heads, c // heads
        self.q_proj = nn.Linear(c, c, bias=False)
        self.k_proj = nn.Linear(c, kv_heads * self.d, bias=False)
        self.v_proj = nn.Linear(c, kv_heads * self.d, bias=False)
        self.o_proj = nn.Linear(c, c, bias=False)
        self.theta = theta

    def forward(self, x):
        b, t, c = x.shape
        d = self.d
        q = self.q_proj(x).view(b, t, self.h, d).transpose(1, 2)
        k = self.k_proj(x).view(b, t, self.kv, d).transpose(1, 2)
        v = self.v_proj(x).view(b, t, self.kv, d).transpose(1, 2)
        inv = 1.0 / (self.theta ** (torch.arange(0, d, 2, dtype=torch.float64) / d))
        freqs = torch.outer(torch.arange(t, dtype=torch.float64), inv)
        emb = torch.cat((freqs, freqs), dim=-1)
        cos, sin = emb.cos(), emb.sin()
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        g = self.h // self.kv  # query head i reads key/value head i // g
        k, v = k.repeat_interleave(g, dim=1), v.repeat_interleave(g, dim=1)
        att = (q @ k.transpose(-2, -1)) / math.sqrt(d)
        att = att.masked_fill(torch.triu(torch.ones(t, t, dtype=torch.bool), 1), float("-inf"))
        y = F.softmax(att, dim=-1) @ v
        return self.o_proj(y.transpose(1, 2).reshape(b, t, c))


class LlamaMLP(nn.Module):
    def __init__(self, c, f):
        super().__init__()
        self.gate_proj = nn.Linear(c, f, bias=False)
        self.up_proj = nn.Linear(c, f, bias=False)
        self.down_proj = nn.Linear(f, c, bias=False)

    def forward(self, x):
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


class LlamaLayer(nn.Module):
    def __init__(self, c, heads, kv_heads, f, theta, eps):
        super().__init__()
        self.input_layernorm = RMSNorm(c, eps)
        self.self_attn = LlamaAttention(c, heads, kv_heads, theta)
        self.post_attention_layernorm = RMSNorm(c, eps)
        self.mlp = LlamaMLP(c, f)

    def forward(self, x):
        x = x + self.self_attn(self.input_layernorm(x))
        return x + self.mlp(self.post_attention_layernorm(x))


class Llama(nn.Module):
    """trainmesh's llama in LlamaForCausalLM's names: RMSNorm, rotary
    positions (rotate_half), grouped-query attention, SwiGLU, no biases, a
    head tied to the token embeddings or not."""

    def __init__(self, s):
        super().__init__()
        c = s["dim"]
        f = s.get("hidden") or (8 * c // 3 + 15) // 16 * 16
        kv = s.get("kv_heads") or s["heads"]
        theta = float(s.get("rope_theta") or 10000)
        eps = s.get("norm_eps") or 1e-5
        self.tied = bool(s.get("tied_embeddings"))
        self.model = nn.Module()
        self.model.embed_tokens = nn.Embedding(s["vocab"], c)
        self.model.layers = nn.ModuleList(LlamaLayer(c, s["heads"], kv, f, theta, eps) for _ in range(s["layers"]))
        self.model.norm = RMSNorm(c, eps)
        if not self.tied:
            self.lm_head = nn.Linear(c, s["vocab"], bias=False)

    def forward(self, tokens):
        x = self.model.embed_tokens(tokens)
        for layer in self.model.layers:
            x = layer(x)
        x = self.model.norm(x)
        return x @ self.model.embed_tokens.weight.t() if self.tied else self.lm_head(x)


ARCHS = {
    "mlp": lambda spec: MLP(spec["mlp"]),
    "transformer": lambda spec: GPT2(spec["transformer"]),
    "llama": lambda spec: Llama(spec["llama"]),
}


def rel_err(got, want):
    scale = want.abs().max().item() if want.numel() else 0.0
    diff = (got - want).abs().max().item() if want.numel() else 0.0
    if scale == 0.0:
        return 0.0 if diff < 1e-12 else math.inf
    return diff / scale


def llama_from_hf_config(c):
    """The llama spec a Hugging Face config.json (LlamaConfig, as
    `trainmesh model hf` writes it) describes; refuses what this module
    does not compute (biases, another activation, RoPE scaling, a head
    width other than hidden_size / num_attention_heads)."""
    if c.get("architectures") != ["LlamaForCausalLM"] or c.get("model_type") != "llama":
        raise ValueError("config.json is not a LlamaForCausalLM's: %s %s" % (c.get("architectures"), c.get("model_type")))
    if c.get("hidden_act") != "silu" or c.get("attention_bias") or c.get("mlp_bias") or c.get("rope_scaling") \
            or c.get("pretraining_tp", 1) != 1 or c.get("head_dim", c["hidden_size"] // c["num_attention_heads"]) * c["num_attention_heads"] != c["hidden_size"]:
        raise ValueError("config.json asks for a computation the check's Llama does not do: %s" % c)
    return {"vocab": c["vocab_size"], "dim": c["hidden_size"], "hidden": c["intermediate_size"],
            "heads": c["num_attention_heads"], "kv_heads": c["num_key_value_heads"], "layers": c["num_hidden_layers"],
            "rope_theta": c["rope_theta"], "norm_eps": c["rms_norm_eps"], "tied_embeddings": c["tie_word_embeddings"]}


def check(case):
    weights, meta = load_safetensors(case + "/model.safetensors")
    batch, _ = load_safetensors(case + "/check.safetensors")
    spec = json.loads(meta["trainmesh.spec"])
    source = "trainmesh.spec"
    if os.path.exists(case + "/config.json"):
        # A Hugging Face model directory: the architecture comes from its
        # config.json alone, as transformers would read it.
        with open(case + "/config.json") as f:
            spec = {"kind": "llama", "llama": llama_from_hf_config(json.load(f))}
        source = "config.json"
    model = ARCHS[spec["kind"]](spec).double()
    model.load_state_dict({k: v.double() for k, v in weights.items()}, strict=True)
    labels = batch["labels"].long().reshape(-1)
    if "tokens" in batch:
        logits = model(batch["tokens"].long()).reshape(labels.shape[0], -1)
    else:
        logits = model(batch["x"].double())
    loss = F.cross_entropy(logits, labels.masked_fill(labels < 0, -100), ignore_index=-100)
    loss.backward()
    errs = {"logits": rel_err(batch["logits"].double(), logits.detach()),
            "loss": rel_err(batch["loss"].double(), loss.detach())}
    for name, p in model.named_parameters():
        errs["grad." + name] = rel_err(batch["grad." + name].double(), p.grad)
    worst = max(errs, key=errs.get)
    return {"case": case, "kind": spec["kind"], "arch_from": source, "ok": errs[worst] < TOL, "max_rel_err": errs[worst],
            "worst": worst, "logits_rel_err": errs["logits"], "tensors": len(errs)}


def main():
    torch.set_num_threads(1)
    ok = True
    for case in sys.argv[1:]:
        try:
            r = check(case)
        except Exception as e:  # a file that does not load is a failed check
            r = {"case": case, "ok": False, "error": "%s: %s" % (type(e).__name__, e)}
        ok = ok and r["ok"]
        print(json.dumps(r), flush=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
