/** Rung 1's training step in Python, the same arithmetic as engine/ladder/line.ts. */
export const LINE_PYTHON = `# ŷ = wx + b
# L  = (1/N) Σ (ŷ − y)²
# dL/dw = (2/N) Σ (ŷ − y) · x
# dL/db = (2/N) Σ (ŷ − y)

data = [(1, 0), (2, 1), (3, 1), (4, 0)]   # (x, y) pairs

def train_line_step(w, b, lr=0.05):
    dw, db = 0.0, 0.0
    N = len(data)
    for x, y in data:
        err = (w * x + b) - y
        dw += (2 / N) * err * x
        db += (2 / N) * err
    return w - lr * dw, b - lr * db`;

/** Rung 2's training step in Python, the same arithmetic as engine/ladder/neuron.ts. */
export const BEND_PYTHON = `from math import exp

def sigmoid(z):
    return 1 / (1 + exp(-z))

# ŷ = σ(z),  z = wx + b
# σ'(z) = σ(z) · (1 − σ(z))   ← the chain-rule term
# dL/dw = (2/N) Σ (ŷ − y) · σ'(z) · x
# dL/db = (2/N) Σ (ŷ − y) · σ'(z)

def train_bend_step(w, b, lr=1.5):
    dw, db = 0.0, 0.0
    N = len(data)
    for x, y in data:
        z   = w * x + b
        yh  = sigmoid(z)
        err = yh - y
        dp  = yh * (1 - yh)         # σ'(z)
        dw += (2 / N) * err * dp * x
        db += (2 / N) * err * dp
    return w - lr * dw, b - lr * db`;

/** Rung 3's training step in Python, the same arithmetic as engine/ladder/bump.ts. */
export const STACK_PYTHON = `def sigmoid(z): return 1 / (1 + exp(-z))
def sigmoid_grad(z):
    s = sigmoid(z); return s * (1 - s)

def relu(z):      return max(0, z)
def relu_grad(z): return 1.0 if z > 0 else 0.0

act, act_grad = sigmoid, sigmoid_grad   # or: relu, relu_grad

# ŷ = act(z₁) − act(z₂),  z_k = w_k·x + b_k
# dL/dw₁ =  (2/N) Σ (ŷ − y) · act_grad(z₁) · x
# dL/dw₂ = −(2/N) Σ (ŷ − y) · act_grad(z₂) · x   ← note minus

def train_stack_step(w1, b1, w2, b2, lr=2.5):   # lr = 0.15 for ReLU
    dw1 = db1 = dw2 = db2 = 0.0
    N = len(data)
    for x, y in data:
        z1, z2 = w1 * x + b1, w2 * x + b2
        a1, a2 = act(z1), act(z2)
        err = (a1 - a2) - y
        f = (2 / N) * err
        dw1 +=  f * act_grad(z1) * x
        db1 +=  f * act_grad(z1)
        dw2 += -f * act_grad(z2) * x
        db2 += -f * act_grad(z2)
    return (w1 - lr * dw1, b1 - lr * db1,
            w2 - lr * dw2, b2 - lr * db2)`;
